"""Focus rules (issue 21): who is in focus when a clitic (katanya) or pronoun (ia) is resolved.

Each case is a short article over the markup tagger, the quote whose speaker the rule decides,
and that speaker with the generator that chose it; the counter cases show where a rule must not
fire. The antecedent candidates' signals record which focus rules weighted the chosen person.
"""

from __future__ import annotations

import pytest

from service.extraction.coreference import (
    FOCUS_ACTIVE_SUBJECT,
    FOCUS_NAMED_IN_SPEAKER_PHRASE,
    FOCUS_NEW_SUBJECT,
    FOCUS_PASSIVE_REPORT_AGENT,
    FOCUS_PERSON_READ_AS_ORGANISATION,
    FOCUS_QUOTED_SPEAKER_HOLDS,
    FOCUS_RESOLVED_SPEAKER,
    FOCUS_RULE_IDS,
    FOCUS_SHORT_NAME,
    FOCUS_SUBJECT_JUST_BEFORE,
    FOCUS_SUBJECT_OVER_PASSING_MENTION,
    FOCUS_SUBJECT_PRONOUN,
    person_mentions,
    untagged_short_names,
)
from service.extraction.mentions import TextIndex
from service.settings import PROJECT_ROOT
from tests.markup import MarkupExtractor, parse_markup

# (case id, marked text, quote number, speaker name, speaker.rule, focus rule that decided it or None)
Case = tuple[str, str, int, str | None, str, str | None]

CASES: list[Case] = [
    # a sub-unit head's office (speakers.yml derived_offices: "Kasubbid" of "Kabid") apposed to a
    # name makes the name the sentence's subject: the clitic after it is theirs, not the earlier
    # subject's; with an office no list derives, the name stays a passing mention (the next case)
    ("an apposed name after a derived office is the subject",
     "[Lusiana|PER] kehilangan uang Rp350 juta. Polisi masih memeriksa saksi. Kasus itu terus dikembangkan. "
     "Terpisah, Kasubbid Penmas, Kompol [Siti Rohani|PER], saat dihubungi tidak membantah kasus itu. "
     "“Besok akan kita rilis kasusnya,” ujarnya singkat.",
     0, "Siti Rohani", "speaker.clitic_antecedent@rules", None),
    ("a deputy's derived office before a name",
     "[Lusiana|PER] kehilangan uang Rp350 juta. Polisi masih memeriksa saksi. Kasus itu terus dikembangkan. "
     "Terpisah, Wakasat Reskrim, AKP [Dedi Kurnia|PER], saat dihubungi tidak membantah kasus itu. "
     "“Pelaku masih kami cari,” ujarnya singkat.",
     0, "Dedi Kurnia", "speaker.clitic_antecedent@rules", None),
    # a name inside an unnamed-source phrase is that quote's speaker, so it stays in focus
    ("name inside a speaker phrase",
     "“Sekolah kami terus berbenah setiap tahun,” kata [Budi Santoso|PER]. "
     "“Banyak siswa mengeluh soal udara kotor,” kata salah satu siswa, [Kashaf Zahra|PER]. "
     "“Mata kami sering perih setiap pagi,” tambahnya.",
     2, "Kashaf Zahra", "speaker.clitic_antecedent@rules", FOCUS_NAMED_IN_SPEAKER_PHRASE),
    # the subject of an active verb is in focus though a long adverbial opens the sentence
    ("subject of an active verb",
     "“Polisi harus memeriksa semua anggotanya,” ujar [Putri Kanesia|PER]. "
     "Karena polisi di Bangka belum juga memeriksa para pelaku penyiksaan itu, "
     "[Yati Andriyani|PER] menyayangkan kasus tersebut. Ia menegaskan bahwa polisi harus bertindak profesional.",
     1, "Yati Andriyani", "speaker.pronoun_antecedent@rules", FOCUS_ACTIVE_SUBJECT),
    ("subject of an active verb after an adverb",
     "“Polisi harus memeriksa semua anggotanya,” ujar [Putri Kanesia|PER]. "
     "Karena polisi di Bangka belum juga memeriksa para pelaku penyiksaan itu, "
     "[Yati Andriyani|PER] pun kemudian berharap kasus itu dibuka lagi. Ia menegaskan bahwa polisi harus bertindak "
     "profesional.",
     1, "Yati Andriyani", "speaker.pronoun_antecedent@rules", FOCUS_ACTIVE_SUBJECT),
    # a role phrase resolved to a person keeps that person in focus as a speaker
    ("role phrase resolved to a person",
     "Kapolri [Haryo Wibisono|PER] tiba di Jakarta pada pagi hari, lalu bertemu dengan [Budi Santoso|PER] di sana. "
     "“Kami akan menindak tegas pelaku,” kata Kapolri. “Semua pelaku akan kami tangkap,” tambahnya.",
     1, "Haryo Wibisono", "speaker.clitic_antecedent@rules", FOCUS_RESOLVED_SPEAKER),
    # a person's short name the tagger labelled ORG, as a speaker: that person spoke there
    ("person's short name read as an organisation",
     "Direktur Gratifikasi KPK, [Giri Suprapdiono|PER], hadir dalam tes wawancara itu. Wakil Ketua Pansel "
     "[Enny Nurbaningsih|PER] lalu menanyakan soal pasal tersebut. “Pasal itu harus diubah segera,” kata [Giri|ORG]. "
     "“Itu titik terlemah kita selama ini,” ujarnya.",
     1, "Giri Suprapdiono", "speaker.clitic_antecedent@rules", FOCUS_PERSON_READ_AS_ORGANISATION),
    # an organisation that is nobody in focus stays out of the people in focus
    ("an organisation is no person in focus",
     "Wakil Ketua Pansel [Enny Nurbaningsih|PER] lalu menanyakan soal pasal tersebut. "
     "“Pasal itu harus diubah segera,” kata [Komisi Pemberantasan Korupsi|ORG]. "
     "“Itu titik terlemah kita selama ini,” ujarnya.",
     1, "Enny Nurbaningsih", "speaker.clitic_antecedent@rules", None),
    # a pronoun opening a sentence keeps the subject chain: the clitic after it is the subject's,
    # not the person named last in passing
    ("a subject pronoun continues the chain (clitic)",
     "Pelatih [Budi Santoso|PER] tiba di Bandung pada Senin pagi. Ia lalu bertemu dengan [Andi Wijaya|PER] di "
     "hotel. Ia memuji kerja keras para pemain muda. “Tim ini akan terus berkembang,” ujarnya.",
     0, "Budi Santoso", "speaker.clitic_antecedent@rules", FOCUS_SUBJECT_PRONOUN),
    ("a subject pronoun continues the chain (pronoun cue)",
     "Pelatih [Budi Santoso|PER] tiba di Bandung pada Senin pagi. Dia lalu bertemu dengan [Andi Wijaya|PER] di "
     "hotel. Dia memuji kerja keras para pemain muda. “Tim ini akan terus berkembang,” kata dia.",
     0, "Budi Santoso", "speaker.pronoun_antecedent@rules", FOCUS_SUBJECT_PRONOUN),
    ("a subject pronoun after a short adverbial continues the chain",
     "Pelatih [Budi Santoso|PER] tiba di Bandung pada Senin pagi. Setelah itu, ia bertemu dengan "
     "[Andi Wijaya|PER] di hotel. Menurutnya, tim ini akan terus berkembang.",
     0, "Budi Santoso", "speaker.clitic_antecedent@rules", FOCUS_SUBJECT_PRONOUN),
    # a name only ever written in passing (a beneficiary, a possessor) is not the antecedent while a
    # subject or speaker of the last sentences is in focus, however many times it was named since
    ("a subject or speaker over a name in passing",
     "Kabag Ops Polres Sukamaju, Kompol [Sanusi|PER], memimpin pengamanan di lokasi. “Jalur itu kami tutup "
     "sejak pagi,” kata [Sanusi|PER]. Kota itu menjadi tujuan tambahan bagi Presiden [Joko Widodo|PER]. Sebelum "
     "itu, agenda utama [Joko Widodo|PER] adalah menghadiri musyawarah di Surabaya. “Semua personel sudah "
     "siaga,” ujarnya.",
     1, "Sanusi", "speaker.clitic_antecedent@rules", FOCUS_SUBJECT_OVER_PASSING_MENTION),
    # counter case: no subject nor speaker in focus, so the name in passing stays the antecedent
    ("a name in passing with no subject in focus",
     "Kota itu menjadi tujuan tambahan bagi Presiden [Joko Widodo|PER]. Sebelum itu, agenda utama "
     "[Joko Widodo|PER] adalah menghadiri musyawarah di Surabaya. “Semua warga sudah menunggu,” ujarnya.",
     0, "Joko Widodo", "speaker.clitic_antecedent@rules", None),
    # a person first named as a subject after the previous speaker was last mentioned takes the
    # focus from that speaker, however often the speaker was named before
    ("a newly introduced subject over the previous speaker (pronoun)",
     "“Festival ini akan menjadi ikon wisata nasional,” kata Menteri Pariwisata [Arief Santoso|PER]. "
     "“Kami akan mempromosikannya ke luar negeri,” kata [Arief Santoso|PER]. "
     "Kepala Dinas Pariwisata Jawa Tengah [Prasetyo Wibowo|PER] menyambut baik penetapan itu. "
     "Karena itu pihaknya akan memetakan daya tarik lain di kota itu. "
     "“Kami sudah diminta berkoordinasi dengan kementerian,” kata dia.",
     2, "Prasetyo Wibowo", "speaker.pronoun_antecedent@rules", FOCUS_NEW_SUBJECT),
    ("a newly introduced subject over the previous speaker (clitic)",
     "“Bank kami belum menyasar bank tertentu,” ujar Sekretaris Perusahaan [Rohan Siregar|PER]. "
     "“Kami masih mengkaji beberapa calon,” ujar [Rohan Siregar|PER]. "
     "Sebelumnya Direktur Utama Bank Mandiri [Kartika Wijaya|PER] menuturkan kriteria bank yang akan dibeli. "
     "Bank itu harus melengkapi lini bisnis yang belum kuat. "
     "“Valuasi bank di Indonesia masih tinggi,” ujarnya.",
     2, "Kartika Wijaya", "speaker.clitic_antecedent@rules", FOCUS_NEW_SUBJECT),
    # counter case: a subject already named before the previous speaker's last mention is no new
    # person; salience decides
    ("a subject named before is no newly introduced subject",
     "[Andi Wijaya|PER] datang ke kantor polisi pada Senin pagi. "
     "“Kami akan memeriksa semua saksi,” kata Kapolres [Budi Santoso|PER]. "
     "“Pemeriksaan akan berlangsung sepekan,” kata [Budi Santoso|PER]. "
     "Polisi juga memeriksa kendaraan milik saksi itu. "
     "“Semua berkas sudah kami lengkapi,” ujarnya.",
     2, "Budi Santoso", "speaker.clitic_antecedent@rules", None),
    # counter case: a new name that is the subject of a clause inside the sentence, not the
    # sentence's topic, takes no focus from the speaker
    ("a new name inside a clause is no newly introduced subject",
     "“Kawasan wisata itu kami tutup sementara,” kata Bupati Raja Ampat [Orideko Burdam|PER]. "
     "“Kami minta warga bersabar,” kata [Orideko Burdam|PER]. "
     "Penutupan itu dilakukan setelah Presiden [Prabowo Subianto|PER] menetapkan pencabutan izin tambang. "
     "Warga sempat memalang akses ke pulau itu. "
     "“Kami sudah turun ke pulau itu dan mendengar aspirasi warga,” ujarnya.",
     2, "Orideko Burdam", "speaker.clitic_antecedent@rules", None),
    # a source who spoke in the sentence just before the cue (the subject of a verb whose object is
    # an act of speech, or of a reporting verb) goes first over a speaker quoted more often further
    # back, though named before that speaker (so no newly introduced subject)
    ("a subject whose object is an act of speech just before the clitic",
     "[Rudi Hartono|PER] menolak kebijakan impor beras itu. "
     "“Kami tidak akan membuka pasar beras,” kata Menteri Pertanian [Kenji Sato|PER]. "
     "“Petani kami harus dilindungi,” kata [Kenji Sato|PER]. “Kami tetap terbuka berunding,” kata [Kenji Sato|PER]. "
     "[Rudi Hartono|PER] sebelumnya melontarkan kritik terhadap kebijakan dagang itu. "
     "“Mereka tidak mau membeli beras kita,” tulisnya.",
     3, "Rudi Hartono", "speaker.clitic_antecedent@rules", FOCUS_SUBJECT_JUST_BEFORE),
    ("a subject after an opening adverbial whose object is an act of speech (pronoun)",
     "Ketua MA [Sunaryo Hadi|PER] hadir dalam rapat itu. "
     "“Hukum acara harus mudah direvisi,” kata peneliti [Maya Lestari|PER]. "
     "“Perubahan itu seharusnya mudah,” kata [Maya Lestari|PER]. “Ini pekerjaan rumah DPR,” kata [Maya Lestari|PER]. "
     "Sebelumnya, Ketua MA [Sunaryo Hadi|PER] memberi masukan agar aturan itu tidak kaku. "
     "Menurut dia, aturan teknis sebaiknya diserahkan kepada setiap lembaga.",
     3, "Sunaryo Hadi", "speaker.pronoun_antecedent@rules", FOCUS_SUBJECT_JUST_BEFORE),
    # counter cases: the subject of another action in the sentence just before is what the source
    # speaks about; a speech object after a subject inside a clause gives it no word either
    ("a subject of another action just before the clitic",
     "[Abu Yamin|PER] datang ke terminal itu pada pagi hari. "
     "“Kami sudah memeriksa tiga saksi,” kata Kapolsek [Yudi Risdianto|PER]. "
     "“Semua saksi akan kami periksa,” kata [Yudi Risdianto|PER]. “Pelaku masih kami cari,” kata [Yudi Risdianto|PER]. "
     "Akibat pengeroyokan itu, [Abu Yamin|PER] mengalami luka di kepala. "
     "“Kondisi korban makin membaik,” pungkasnya.",
     3, "Yudi Risdianto", "speaker.clitic_antecedent@rules", None),
    ("a speech object after a subject inside a clause",
     "[Rudi Hartono|PER] menolak kebijakan impor beras itu. "
     "“Kami tidak akan membuka pasar beras,” kata Menteri Pertanian [Kenji Sato|PER]. "
     "“Petani kami harus dilindungi,” kata [Kenji Sato|PER]. “Kami tetap terbuka berunding,” kata [Kenji Sato|PER]. "
     "Pasar itu ditutup setelah [Rudi Hartono|PER] melontarkan kritik terhadap kebijakan dagang itu. "
     "“Mereka tidak mau membeli beras kita,” tulisnya.",
     3, "Kenji Sato", "speaker.clitic_antecedent@rules", None),
    # the previous quote's speaker keeps the focus over a person the account is about, named by
    # the short name as the subject of actions (no reporting verb) since that quote
    ("a quoted speaker holds over a narrative subject",
     "Penyidik menetapkan [Akhirun Siregar|PER] sebagai tersangka. "
     "“Kami sudah menahan dua tersangka,” kata Direktur Penyidikan [Asep Guntur|PER]. "
     "Lalu pada bulan Juni, [Akhirun|PER] memerintahkan stafnya menyiapkan dokumen lelang. "
     "Dokumen itu lalu diunggah ke sistem lelang. "
     "“Uang itu dikirim lewat transfer rekening,” katanya.",
     1, "Asep Guntur", "speaker.clitic_antecedent@rules", FOCUS_QUOTED_SPEAKER_HOLDS),
    ("a quoted speaker holds over a narrative subject (pronoun)",
     "Penyidik menetapkan [Akhirun Siregar|PER] sebagai tersangka. "
     "“Kami sudah menahan dua tersangka,” kata Direktur Penyidikan [Asep Guntur|PER]. "
     "Lalu pada bulan Juni, [Akhirun|PER] memerintahkan stafnya menyiapkan dokumen lelang. "
     "Dokumen itu lalu diunggah ke sistem lelang. "
     "“Uang itu dikirim lewat transfer rekening,” kata dia.",
     1, "Asep Guntur", "speaker.pronoun_antecedent@rules", FOCUS_QUOTED_SPEAKER_HOLDS),
    # counter cases: the word is handed on by a reporting verb, the subject of the sentence just
    # before the cue, a subject named again in full, or a person who spoke before
    ("a narrative subject handed the word by a reporting verb",
     "Penyidik menetapkan [Akhirun Siregar|PER] sebagai tersangka. "
     "“Kami sudah menahan dua tersangka,” kata Direktur Penyidikan [Asep Guntur|PER]. "
     "Lalu pada bulan Juni, [Akhirun|PER] memerintahkan stafnya menyiapkan dokumen lelang. "
     "Dalam persidangan, [Akhirun|PER] membantah semua tuduhan itu. Dokumen itu lalu diunggah ke sistem. "
     "“Saya tidak pernah menerima uang itu,” katanya.",
     1, "Akhirun Siregar", "speaker.clitic_antecedent@rules", None),
    ("the subject of the sentence just before the cue",
     "Penyidik menetapkan [Akhirun Siregar|PER] sebagai tersangka. "
     "“Kami sudah menahan dua tersangka,” kata Direktur Penyidikan [Asep Guntur|PER]. "
     "Lalu pada bulan Juni, [Akhirun|PER] memerintahkan stafnya menyiapkan dokumen lelang. "
     "Mendengar hal itu, [Akhirun|PER] langsung memberikan jawaban. "
     "Ia mengatakan semua dokumen itu disiapkan stafnya.",
     1, "Akhirun Siregar", "speaker.pronoun_antecedent@rules", None),
    ("a subject named again in full",
     "Penyidik menetapkan [Akhirun Siregar|PER] sebagai tersangka. "
     "“Kami sudah menahan dua tersangka,” kata Direktur Penyidikan [Asep Guntur|PER]. "
     "Lalu pada bulan Juni, [Akhirun|PER] memerintahkan stafnya menyiapkan dokumen lelang. "
     "Sebelumnya, tersangka [Akhirun Siregar|PER] menyarankan agar lelang diulang. Dokumen itu lalu "
     "diunggah ke sistem. “Lelang itu harus diulang dari awal,” katanya.",
     1, "Akhirun Siregar", "speaker.clitic_antecedent@rules", None),
    ("a person who spoke before is a source too",
     "“Saya tidak bersalah,” kata [Akhirun Siregar|PER]. "
     "“Kami sudah menahan dua tersangka,” kata Direktur Penyidikan [Asep Guntur|PER]. "
     "Lalu pada bulan Juni, [Akhirun|PER] memerintahkan stafnya menyiapkan dokumen lelang. "
     "Dokumen itu lalu diunggah ke sistem lelang. “Semua itu sudah sesuai aturan,” katanya.",
     2, "Akhirun Siregar", "speaker.clitic_antecedent@rules", None),
    # the agent of a passive verb of saying is a source handed the word, with or without `oleh`:
    # the clitic after it is the agent's, not the earlier speaker's
    ("the agent of a passive verb of saying (oleh)",
     "“Model ini sangat berbahaya,” jelas [Marius Hobbhahn|PER]. Model itu kadang berpura-pura patuh. "
     "Namun, seperti yang diperingatkan oleh [Michael Chen|PER] dari lembaga penguji itu, model bisa menipu. "
     "“Masih terbuka apakah model masa depan akan jujur,” katanya.",
     1, "Michael Chen", "speaker.clitic_antecedent@rules", FOCUS_PASSIVE_REPORT_AGENT),
    ("the agent of a passive verb of saying",
     "“Harga beras akan turun bulan depan,” kata [Budi Santoso|PER]. Pasar induk masih ramai. "
     "Hal senada juga dikatakan pedagang [Siti Aminah|PER] di pasar itu. "
     "“Pasokan dari desa sudah mulai lancar,” ujarnya.",
     1, "Siti Aminah", "speaker.clitic_antecedent@rules", FOCUS_PASSIVE_REPORT_AGENT),
    # the agent of a passive verb of saying introduced by a long office (a connector, a comma, an
    # ordinal glued by a hyphen, a year): read from where the office opens, past the role window
    ("the agent of a passive verb of saying past a long office",
     "“Harga beras akan turun bulan depan,” kata [Budi Santoso|PER]. Pasar induk masih ramai. "
     "Hal senada disampaikan Kepala Dinas Perdagangan, Koperasi dan Usaha Kecil Menengah Kabupaten Bandung Barat "
     "[Siti Aminah|PER]. "
     "“Pasokan dari desa sudah mulai lancar,” ujarnya.",
     1, "Siti Aminah", "speaker.clitic_antecedent@rules", FOCUS_PASSIVE_REPORT_AGENT),
    ("the agent of a passive verb of saying past an office with a year",
     "“Harga beras akan turun bulan depan,” kata [Budi Santoso|PER]. Pasar induk masih ramai. "
     "Hal senada disampaikan Direktur Pasar Induk Cibitung 2025 [Siti Aminah|PER]. "
     "“Pasokan dari desa sudah mulai lancar,” ujarnya.",
     1, "Siti Aminah", "speaker.clitic_antecedent@rules", FOCUS_PASSIVE_REPORT_AGENT),
    ("the agent of a passive verb of saying past an office with an ordinal",
     "“Kongres itu harus diulang,” kata [Budi Santoso|PER]. Rapat berakhir tanpa keputusan. "
     "Pendapat serupa disampaikan Ketua Panitia Kongres ke-XII, [Rudi Hartono|PER]. "
     "“Belum ada calon yang meraih suara terbanyak,” ujarnya.",
     1, "Rudi Hartono", "speaker.clitic_antecedent@rules", FOCUS_PASSIVE_REPORT_AGENT),
    # a quote that writes a word of a person's name, untagged ("Pak Darmawan"), speaks of them: the
    # clitic after it is someone else's, however salient that person is
    ("a person the quote names by an untagged word is not its speaker",
     "Kebijakan itu mendapat dukungan dari tokoh pemuda [Yosua Rumbiak|PER]. Sebelumnya, Menteri Kehutanan "
     "[Rahmat Darmawan|PER] meninjau hutan itu bersama warga. “Keputusan Pak Darmawan sangat tepat bagi warga "
     "kami,” katanya.",
     0, "Yosua Rumbiak", "speaker.clitic_antecedent@rules", None),
    ("a capital opening a sentence inside the quote is no name word",
     "Kebijakan itu mendapat dukungan dari tokoh pemuda [Yosua Rumbiak|PER]. Sebelumnya, Menteri Kehutanan "
     "[Rahmat Darmawan|PER] meninjau hutan itu bersama warga. “Hutan ini milik kami. Rahmat dari Tuhan harus "
     "dijaga,” katanya.",
     0, "Rahmat Darmawan", "speaker.clitic_antecedent@rules", None),
    # a name opening a subordinate clause (saat, ketika, karena) is that clause's subject, not the
    # sentence's: the main subject keeps the focus
    ("a subordinate clause's subject is not the sentence's",
     "Melalui akun Instagram miliknya, [Ernest Prakasa|PER] mengucapkan selamat kepada [Ryan Adriandhy|PER]. "
     "Ia mengenang saat [Ryan|PER] berhasil meraih juara pertama, sedangkan ia menjadi juara ketiga. "
     "“Hari ini film itu sudah nomor satu,” ujarnya.",
     0, "Ernest Prakasa", "speaker.clitic_antecedent@rules", FOCUS_SUBJECT_PRONOUN),
    # a person's surname written alone, which the tagger missed, is still that person, as a subject
    ("a short name the tagger missed is the person",
     "Pelatih Persib [Bojan Hodak|PER] menonton laga itu dari tribun. Gelandang muda [Nazriel Alvaro|PER] "
     "bermain penuh. Hodak sudah memantau perkembangan [Nazriel|PER] sejak lama. Namun ia menegaskan "
     "bahwa pemain muda butuh waktu bermain.",
     0, "Bojan Hodak", "speaker.pronoun_antecedent@rules", FOCUS_SHORT_NAME),
    ("a common word spelled like a name word is no mention",
     "Pelatih Persib [Bojan Baru|PER] menonton laga itu dari tribun. Gelandang muda [Nazriel Alvaro|PER] "
     "bermain penuh. Baru sekarang ia mendapat menit bermain. Ia menegaskan bahwa pemain muda butuh waktu.",
     0, "Nazriel Alvaro", "speaker.pronoun_antecedent@rules", FOCUS_ACTIVE_SUBJECT),
    # a newcomer handed the word by a reporting verb inside a sentence is a new source, however often the
    # earlier speaker was named: the pronoun sentences later is theirs
    ("a new source handed the word inside its sentence",
     "Calon wali kota [Budi Santoso|PER] berjanji membangun jalan desa. “Kami akan membangun jalan,” ujar Budi. "
     "“Kami juga menaikkan gaji guru,” tambahnya. “Itu janji kami,” ujarnya. "
     "Dalam debat itu, pesaingnya [Siti Aminah|PER] juga menegaskan hal senada. "
     "Karena, potensi kota itu saat ini sangat besar. Tetapi, realisasinya masih jauh dari harapan. "
     "Ia pun menegaskan bila pihaknya tidak akan melibatkan keluarga.",
     3, "Siti Aminah", "speaker.pronoun_antecedent@rules", FOCUS_NEW_SUBJECT),
    # a name set off by commas after its office is the subject of the verb after the closing comma
    ("an apposed name before its verb",
     "Dalam jumpa pers di gedung komisi itu pada Senin malam pekan lalu, Wakil Ketua Komisi Yudisial, "
     "[Bambang Wijaya|PER], menanggapi datar pernyataan hakim [Andi Saputra|PER] tentang dakwaan itu. Menurutnya, perbedaan itu hanya soal pemahaman teknis.",
     0, "Bambang Wijaya", "speaker.clitic_antecedent@rules", FOCUS_ACTIVE_SUBJECT),
    # the agent of a passive inside a relative clause ("yang diinginkan X") is no topic of the
    # sentence: the epithet after it is the speaker in focus, not that agent
    ("the agent of a passive in a relative clause is no subject",
     "“Tim ini butuh penyerang baru,” kata pelatih [Budi Santoso|PER] kepada wartawan. "
     "Namun, para penyerang yang diinginkan [Andi Wijaya|PER] sudah memilih bertahan di klub lama. "
     "“Kami terus mencari pemain ke seluruh negeri,” kata pria 60 tahun itu.",
     1, "Budi Santoso", "speaker.role_in_focus@rules", None),
    # a person named only after prepositions ("untuk Budi", "kepada Budi") is in adverbial
    # phrases and weighs less than the subject of the sentence before the pronoun (Lappin & Leass)
    ("a person after prepositions weighs less than the subject",
     "[Budi Santoso|PER] mencetak gol kedua. Umpan silang itu memang diberikan untuk Budi. "
     "Pelatih [Andi Wijaya|PER] memuji kerja keras pemainnya, terutama kepada Budi. "
     "Ia menyebut timnya layak menang.",
     0, "Andi Wijaya", "speaker.pronoun_antecedent@rules", None),
    ("a person after a preposition is no subject of the relative clause after it",
     "[Budi Santoso|PER] memuji timnya. Bola itu lalu diumpan pada [Andi Wijaya|PER] yang menerjang masuk "
     "kotak penalti. Ia menyebut timnya layak menang.",
     0, "Budi Santoso", "speaker.pronoun_antecedent@rules", None),
    # an office is a subject across its bracketed short form and after connectives with no comma:
    # the most salient person, so no focus rule needs to move them up
    ("an office with a bracketed short form after a connective",
     "“Koperasi akan menjadi tulang punggung desa,” kata Kepala Dinas Koperasi [Eddy Bramiyanto|PER]. "
     "Sebelumnya Menteri Koordinator (Menko) Bidang Pangan [Zulkifli Hasan|PER] optimistis koperasi "
     "akan tumbuh. Dia menyebut dana Rp 700 triliun akan disalurkan.",
     1, "Zulkifli Hasan", "speaker.pronoun_antecedent@rules", None),
    ("an office with a bracketed short form opening its sentence",
     "“Inflasi harus terus diwaspadai,” kata pengamat ekonomi [Faisal Basri|PER]. "
     "Direktur Jenderal (Dirjen) Pajak [Suryo Utomo|PER] hadir dalam rapat itu. "
     "Ia menyebut penerimaan pajak hingga Juni sudah mencapai Rp 900 triliun.",
     1, "Suryo Utomo", "speaker.pronoun_antecedent@rules", None),
    ("an office after a connective with no comma",
     "“Program ini perlu diawasi ketat,” kata anggota DPR [Eddy Prasetyo|PER]. "
     "Namun Menteri Keuangan [Rina Kartika|PER] optimistis program itu akan berhasil. "
     "Ia menyebut dana Rp 10 triliun sudah disiapkan untuk koperasi desa.",
     1, "Rina Kartika", "speaker.pronoun_antecedent@rules", None),
    # a lowercase description headed by an office or person noun makes one noun phrase with the
    # name: where it opens the clause, the name is its subject
    ("a lowercase description before a name opens the clause (epithet)",
     "Pelatih Persija, [Carlos Pena|PER], memuji penampilan anak asuhnya. Sementara itu, kapten tim "
     "[Andritany Ardhiyasa|PER] juga hadir. Pria 33 tahun itu mengatakan bahwa timnya siap menghadapi laga "
     "berikutnya.",
     0, "Andritany Ardhiyasa", "speaker.role_in_focus@rules", None),
    ("a lowercase description before a name opens the clause (pronoun)",
     "Kapolres [Budi Hartono|PER] memimpin penggerebekan itu. Setelah itu, warga setempat [Joko Susilo|PER] "
     "juga hadir di lokasi. Ia mengatakan bahwa rumah itu sudah lama kosong.",
     0, "Joko Susilo", "speaker.pronoun_antecedent@rules", None),
    # counter case: a noun that is nobody's office makes the name a possessor, not a subject
    ("a possessed noun before a name is no description",
     "Pelatih Persija, [Carlos Pena|PER], memuji penampilan anak asuhnya. Sementara itu, penampilan "
     "[Andritany Ardhiyasa|PER] juga bagus. Ia mengatakan bahwa timnya siap menghadapi laga berikutnya.",
     0, "Carlos Pena", "speaker.pronoun_antecedent@rules", FOCUS_SUBJECT_OVER_PASSING_MENTION),
    # counter case: a bare name after a connective opens a list fragment, not a clause
    ("a bare name after a connective is no subject",
     "“Tim masih menunggu konfirmasi keluarga,” kata Kabid Dokkes Polda Papua [Ramond Siregar|PER]. "
     "Korban yang sudah dikenali yakni [Egenio Dilam|PER] (22 tahun), [Marcelino Karobaba|PER] (3 bulan). "
     "Kemudian [Ewelin Urobmobin|PER] (6 bulan), dan [Valerin|PER] (3 tahun). "
     "Ia mengatakan 21 jenazah sudah teridentifikasi.",
     1, "Ramond Siregar", "speaker.pronoun_antecedent@rules", FOCUS_SUBJECT_OVER_PASSING_MENTION),
    # counter cases: a preposition spelled like a me- verb, and "mereka", make no subject
    ("a preposition after the name is no verb",
     "“Polisi harus memeriksa semua anggotanya,” ujar [Putri Kanesia|PER]. "
     "Karena polisi di Bangka belum juga memeriksa para pelaku penyiksaan itu, surat itu dikirim kepada "
     "[Yati Andriyani|PER] melalui kantor pos. Ia menegaskan bahwa polisi harus bertindak profesional.",
     1, "Putri Kanesia", "speaker.pronoun_antecedent@rules", None),
    ("a plural pronoun after the name is no verb",
     "“Polisi harus memeriksa semua anggotanya,” ujar [Putri Kanesia|PER]. "
     "Karena polisi di Bangka belum juga memeriksa para pelaku penyiksaan itu, warga bersama "
     "[Yati Andriyani|PER] mereka datangi. Ia menegaskan bahwa polisi harus bertindak profesional.",
     1, "Putri Kanesia", "speaker.pronoun_antecedent@rules", None),
    # the outlet a sourcing tag cites (names.cited_outlet) is nobody in focus, though the tagger read
    # it as a person: the clitic and the pronoun after it go to the speaker before the tag
    ("an outlet after a sourcing tag is no clitic's antecedent",
     "“Kami akan terus belajar,” kata [Rudi Hartono|PER] dilansir [Harian Kota|PER]. "
     "“Musim ini kami pasti bangkit,” ucapnya.",
     1, "Rudi Hartono", "speaker.clitic_antecedent@rules", None),
    ("an outlet after 'seperti dilansir dari' is no pronoun's antecedent",
     "“Tim ini sedang membangun kepercayaan diri,” kata [Rudi Hartono|PER] seperti dilansir dari "
     "[Berita Sore|PER]. “Kami meraih tiga poin penting,” lanjut dia.",
     1, "Rudi Hartono", "speaker.pronoun_antecedent@rules", None),
    # a reporter's byline ("Laporan Dewi Lestari") names nobody in focus: with no person left, the
    # clitic is left unresolved rather than given to the reporter
    ("a byline's reporter is no clitic's antecedent",
     "Laporan [Dewi Lestari|PER] | Polisi menggelar patroli di objek wisata selama libur panjang. "
     "“Kami hadir untuk memastikan situasi tetap aman,” ujarnya.",
     0, None, "speaker.cue_unresolved@rules", None),
]


@pytest.mark.parametrize(("marked", "number", "name", "rule"),
                         [pytest.param(c[1], c[2], c[3], c[4], id=c[0]) for c in CASES])
def test_the_person_in_focus_speaks(markup_extractor: MarkupExtractor, marked: str, number: int, name: str | None,
                                    rule: str) -> None:
    _, result = markup_extractor.extract(marked)
    speaker = result.quotes[number].speaker
    assert (speaker.name, speaker.rule) == (name, rule)


@pytest.mark.parametrize(("marked", "number", "focus_rule"),
                         [pytest.param(c[1], c[2], c[5], id=c[0]) for c in CASES])
def test_the_focus_rule_is_recorded(markup_extractor: MarkupExtractor, marked: str, number: int,
                                    focus_rule: str | None) -> None:
    """The chosen antecedent's signals say which focus rules weighted it."""
    text, markup_extractor.tagger.gazetteer = parse_markup(marked)
    row = markup_extractor.extractor.speaker_candidates(text)[number]
    candidates = row["candidates"]
    assert isinstance(candidates, list)
    [chosen] = [candidate for candidate in candidates if candidate["chosen"]]
    recorded = {rule for rule in FOCUS_RULE_IDS if chosen["signals"].get(rule)}
    assert recorded == ({focus_rule} if focus_rule else set())


def test_every_focus_rule_has_a_case_and_a_readme_row() -> None:
    assert {case[5] for case in CASES} - {None} == set(FOCUS_RULE_IDS)
    readme = (PROJECT_ROOT / "rules" / "README.md").read_text(encoding="utf-8")
    assert all(f"| `{rule}` |" in readme for rule in FOCUS_RULE_IDS)


# Known gap: a person introduced as the complement of `adalah` and then carried by epithet
# subjects ("Pemuda asal Solok ini …", "Pemuda itu …"): only pronouns continue the subject chain
# (focus.subject_pronoun), so the clitic after them goes to the earlier speaker.
EPITHET_CHAIN = ("“Saya ingin berkontribusi bagi masyarakat,” kata [Almi|PER]. Almi pun belajar budaya baru di "
                 "Jepang. “Saya senang sekali di sini,” kata [Almi|PER]. Penerima beasiswa lain adalah "
                 "[Rafiq Maulana|PER]. Pemuda asal Solok ini adalah penerima beasiswa 2026. Pemuda itu akan menempuh "
                 "studi pascasarjana di Jepang. “Saya berharap dapat belajar dengan sebaik-baiknya,” katanya.")


@pytest.mark.xfail(reason="epithet subjects do not continue the subject chain; an `adalah` complement is no topic",
                   strict=True)
def test_epithet_subjects_continue_the_chain(markup_extractor: MarkupExtractor) -> None:
    _, result = markup_extractor.extract(EPITHET_CHAIN)
    assert result.quotes[2].speaker.name == "Rafiq Maulana"


# (marked article, the short names `untagged_short_names` finds, in text order): it reads only the
# tokens written as a full name's first or last word (`Document.tokens_with_text`), so these check
# the order across two people, a short name before the full one, inside quotation marks and before
# another capitalised word
SHORT_NAME_CASES: list[tuple[str, list[str]]] = [
    ("Pelatih [Rudi Hartono|PER] dan kiper [Yoga Pratama|PER] tiba di Bandung. Pratama berlatih sendiri, "
     "sedangkan Rudi mengawasi. Keesokan harinya, Pratama kembali berlatih.",
     ["Pratama", "Rudi", "Pratama"]),
    ("Hartono datang lebih dulu. Pelatih [Rudi Hartono|PER] menyusul. Hartono lalu memimpin latihan.",
     ["Hartono"]),
    ("Pelatih [Rudi Hartono|PER] hadir. Para pemain berteriak “Hartono” di tribun. Hartono tersenyum.",
     ["Hartono"]),
    ("Pelatih [Rudi Hartono|PER] hadir. Rudi Stadium penuh sesak, lalu Rudi berbicara.",
     ["Rudi"]),
]


@pytest.mark.parametrize(("marked", "expected"), SHORT_NAME_CASES)
def test_untagged_short_names_in_text_order(markup_extractor: MarkupExtractor, marked: str,
                                            expected: list[str]) -> None:
    text, markup_extractor.tagger.gazetteer = parse_markup(marked)
    document = markup_extractor.extractor.analyse(text)
    found = untagged_short_names(document, TextIndex(document), markup_extractor.extractor.rules)
    assert [text[span.start:span.end] for span in found] == expected


# An outlet's web address the tagger read as a person (a glued "kepadaWartaSulsel.com") is nobody in
# focus, whatever its position; the person beside it is.
WEB_ADDRESS_CASES: list[tuple[str, list[str]]] = [
    ("“Aturan itu sudah berlaku,” kata Bupati Sidrap, [Andi Rahman|PER] kepada[WartaSulsel.com|PER], Sabtu. "
     "Ia menambahkan bahwa razia digelar tiap malam.",
     ["Andi Rahman"]),
    ("Laporan itu dikutip [Kabar.co.id|PER] dari [Andi Rahman|PER]. Ia menambahkan bahwa razia digelar tiap malam.",
     ["Andi Rahman"]),
    ("Dosen [Andi R. Rahman|PER] hadir di kampus. Ia menambahkan bahwa razia digelar tiap malam.",
     ["Andi R. Rahman"]),
]


# The name right after a sourcing tag (names.cited_outlet: dilansir, dikutip dari, laporan …) is the
# outlet or reporter cited, nobody in focus; a name before the tag, or with a word between the tag
# and it, stays.
SOURCING_TAG_CASES: list[tuple[str, list[str]]] = [
    ("“Kami siap,” kata [Rudi Hartono|PER] dilansir [Harian Kota|PER]. Ia menambahkan bahwa tim terus berlatih.",
     ["Rudi Hartono"]),
    ("Menurut [Andi Rahman|PER], seperti dikutip dari[Berita Sore|PER], razia digelar tiap malam.",
     ["Andi Rahman"]),
    ("“Kami siap,” kata [Rudi Hartono|PER] dikutip dari detik[Sulsel|PER]. Ia menambahkan bahwa tim terus berlatih.",
     ["Rudi Hartono"]),
    ("[Andi Rahman|PER] dikutip banyak media. Ia menambahkan bahwa razia digelar tiap malam.",
     ["Andi Rahman"]),
    ("Polisi mengutip keterangan [Andi Rahman|PER] soal razia. Ia menambahkan bahwa razia digelar tiap malam.",
     ["Andi Rahman"]),
]


@pytest.mark.parametrize(("marked", "expected"), SOURCING_TAG_CASES)
def test_a_cited_outlet_is_nobody_in_focus(markup_extractor: MarkupExtractor, marked: str,
                                           expected: list[str]) -> None:
    text, markup_extractor.tagger.gazetteer = parse_markup(marked)
    document = markup_extractor.extractor.analyse(text)
    found = person_mentions(document, TextIndex(document), markup_extractor.extractor.rules)
    assert [text[mention.start:mention.end] for mention in found] == expected


@pytest.mark.parametrize(("marked", "expected"), WEB_ADDRESS_CASES)
def test_a_web_address_is_nobody_in_focus(markup_extractor: MarkupExtractor, marked: str,
                                          expected: list[str]) -> None:
    text, markup_extractor.tagger.gazetteer = parse_markup(marked)
    document = markup_extractor.extractor.analyse(text)
    found = person_mentions(document, TextIndex(document), markup_extractor.extractor.rules)
    assert [text[mention.start:mention.end] for mention in found] == expected
