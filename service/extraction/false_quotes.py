"""Stage 4b: candidates the attribution stage found that are not quotes, by the guidelines.

Attribution reads cues and the clauses they introduce; some of what it finds is no report
of speech: a request to a recipient ("menyampaikan kepada para gubernur untuk …"), a topic
named as the object ("menyampaikan hal itu kepada wartawan"), a title or headline in quotation
marks or glued into the text ("Simak video “Banjir Rendam Ratusan Rumah di Demak”"), a term or
gloss in quotation marks that opens in lowercase ("batu dari “tanah liat yang dibakar”"). Each
reason is a rule in rules/cues.yml (`false_quotes`) with an id; a rejected candidate leaves
`document.quotes` and is kept in `document.rejected` with that id, so nothing disappears
without a named rule. (Mental states never become candidates: they are not reporting verbs.)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from typing import Protocol

from service.extraction.document import UNATTRIBUTED_RULE, Document, Quote, Rejection, rule_id
from service.extraction.rules import RuleSet
from service.extraction.text_shapes import SPEECH_PUNCTUATION, capitalised_share

WORD = re.compile(r"[^\W\d_][\w'’-]*")
DIRECT_UNATTRIBUTED = rule_id("direct", UNATTRIBUTED_RULE)


def _words(text: str) -> list[str]:
    return WORD.findall(text)


def _clause_text(document: Document, quote: Quote) -> str:
    return document.text[quote.start:quote.end]


def _is_directive(document: Document, quote: Quote, rules: RuleSet) -> bool:
    """An indirect clause that opens with a recipient and asks something of them before any
    comma ("kepada jajarannya untuk selalu berhemat"): a request, not reported speech."""
    if quote.type != "indirect":
        return False
    opening = _clause_text(document, quote).split(",", 1)[0]
    written = _words(opening)
    words = [word.lower() for word in written]
    if words and quote.cue_lemma in rules.directive_addressee_verbs \
            and _addressee_then_request(written, rules):
        return True
    return bool(words) and words[0] in rules.directive_recipients and not _opens_time_adverbial(opening, rules) \
        and any(word in rules.directive_words for word in words[1:])


def _addressee_then_request(words: list[str], rules: RuleSet) -> bool:
    """ "mengingatkan menteri agar tidak …", "mengingatkan pemerintah untuk …": after a verb of
    warning (cues.yml directive addressee_verbs), an object (its words as written) with no predicate of its own
    and then a request marker is the addressee of a request (guidelines: "mengingatkan X
    untuk …" is no quote); "mengingatkan The Fed berpotensi untuk …" holds a predicate first."""
    limit = rules.cues.false_quotes.directive.max_addressee_words
    marker = next((k for k, word in enumerate(words[:limit + 1]) if word.lower() in rules.directive_words), None)
    # read as written: a predicate of a relative clause is the addressee's ("para orang tua yang
    # tengah mengikuti seleksi agar tidak …"), a capitalised word a name's ("Penerimaan Murid
    # Baru"), and "menteri" a role, no me- verb
    return marker is not None and marker >= 1 and not _has_own_predicate(words[:marker], rules)


def _opens_time_adverbial(opening: str, rules: RuleSet) -> bool:
    """ "pada 2020 …", "pada Senin …": the recipient word before a figure or a day or month
    name opens a time adverbial, not the addressee of a request."""
    parts = opening.split()
    return len(parts) > 1 and (parts[1][:1].isdigit() or parts[1].lower() in rules.time_words)


def _is_topic_object(document: Document, quote: Quote, rules: RuleSet) -> bool:
    """A verb's object that names a topic ("menyampaikan hal itu …", "menjelaskan soal …"),
    right after the verb: only when nothing (bahwa, a comma) opened a clause before it; or a
    clause after a comma that a topic preposition right after the verb leads up to."""
    if quote.type != "indirect" or quote.cue is None or not quote.rule.startswith("indirect.verb.") \
            or _is_small_clause(quote, rules):
        return False
    gap = document.text[quote.cue.end:quote.start]
    if gap.strip():
        # "bercerita tentang Gru, seorang penjahat super …", "menyinggung soal militer Thailand,
        # yang …": a topic right after the verb, and the words after its comma say what it is
        # (issue 20; in the readable sets no clause after such a topic is a quote); a comma or
        # bahwa alone opened a clause
        words = _words(gap)
        return bool(words) and words[0].lower() in rules.topic_prepositions
    words = [word.lower() for word in _words(_clause_text(document, quote))[:TOPIC_NOUN_WINDOW]]
    if not words:
        return False
    if words[0] in rules.topic_prepositions or words[0] in rules.topic_question_words:
        return True
    if words[0] not in rules.topic_nouns:
        return False
    rest = words[1:]
    if rest and rest[0] in rules.demonstratives:
        rest = rest[1:]
    if rest and rest[0] in rules.object_relative_markers:
        # "menyebut hal yang harus disiapkan … adalah regulasinya": the topic noun with its
        # relative clause is the subject of a predicate after it (a pseudo-cleft), a clause
        return not _has_own_predicate(_object_words(_clause_text(document, quote)), rules)
    return not rest or rest[0] in rules.phrase_stops


def _is_small_clause(quote: Quote, rules: RuleSet) -> bool:
    """A verb of naming or judging read with its small clause ("menilai hal ini sebagai
    pelanggaran …"): the topic noun is the judged object, and the marker's predicate the report."""
    small_clauses = rules.cues.small_clauses
    return small_clauses is not None and quote.rule == rule_id("indirect", small_clauses.id)


TOPIC_NOUN_WINDOW = 3  # "hal itu kepada": the noun, its demonstrative, the next word


def _is_noun_object(document: Document, quote: Quote, rules: RuleSet) -> bool:
    """A reporting verb's object right after it with no predicate anywhere in it ("menyampaikan
    kondisi Rumah Sakit Indonesia di Gaza utara"): a noun phrase, not a reported clause. Claim
    verbs with a figure are the figure-claim rule's; a verb that always takes a clause
    ("mengatakan stok beras aman", "mengaku kecewa") is never checked: an adjective predicate
    has no mark."""
    if quote.type != "indirect" or quote.cue is None or not quote.rule.startswith("indirect.verb.") \
            or quote.rule == rule_id("indirect", rules.cues.figure_claims.id):
        return False
    if document.text[quote.cue.end:quote.start].strip() \
            or document.text[quote.cue.start:quote.cue.end].lower() in rules.clause_verbs:
        return False
    if _opens_with_a_named_subject(document, quote, rules):
        return False
    clause = _clause_text(document, quote)
    object_words = _object_words(clause)
    if any(character.isdigit() for character in clause) and not _names_a_topic(object_words, rules):
        return False  # a specific claim with a figure ("menyebut angka 48 pesawat") is reported
    words = _complement_markers_dropped(object_words, quote, rules)
    words = _purpose_clause_dropped(_nominal_complement_dropped(words, rules), rules)
    return not _has_own_predicate(words, rules)


def _opens_with_a_named_subject(document: Document, quote: Quote, rules: RuleSet) -> bool:
    """ "menegaskan Jokowi dalam kondisi bugar", "menyebut Indonesia negara yang indah": an object
    that opens with a person or a place the tagger named (cues.yml noun_object subject_labels) and
    goes on past the name is that name's clause: a verb of saying takes a person or a place as a
    topic only alone or coordinated ("membantah Jokowi", "menyebut Jokowi dan Prabowo"), so the
    words after the name are its predicate, whatever kind (a preposition, a noun, an adjective the
    predicate test has no mark for). Not when a phrase stop (speakers.yml: "menyebut Jokowi
    dalam pidatonya"), a coordinating link, a relative marker or a word that goes on the noun
    phrase follows the name."""
    labels = rules.false_quotes.noun_object.subject_labels
    entity = next((entity for entity in document.entities if entity.start == quote.start), None)
    if entity is None or entity.label not in labels or entity.end >= quote.end:
        return False
    following = _object_words(document.text[entity.end:quote.end])
    if not following:
        return False
    word = following[0]
    return _is_plain_word(word) and word not in rules.object_coordinated_predicate_links \
        and word not in rules.object_relative_markers and word not in rules.closed_subject_non_predicates \
        and word not in rules.phrase_stops


def _names_a_topic(words: list[str], rules: RuleSet) -> bool:
    """An object headed by a noun that names a topic or an act of speech (cues.yml topic_objects,
    noun_object topic_heads; the clitic aside) with a preposition of topic a few words on
    ("menyampaikan permintaan maaf atas pernyataan … ke-47", "mengungkapkan fakta menarik mengenai
    keberadaan 13 perusahaan"): the figures sit in what the act is about, no claim of the source."""
    noun_object = rules.false_quotes.noun_object
    if not words:
        return False
    head = _head_stem(words[0], rules)
    if head not in rules.topic_objects and head not in noun_object.topic_heads:
        return False
    window = words[1:1 + noun_object.max_words_to_topic_preposition + 1]
    return any(word in noun_object.topic_head_prepositions for word in window)


def _purpose_clause_dropped(words: list[str], rules: RuleSet) -> list[str]:
    """The object's words up to a purpose marker (`untuk`) when the object opens with a noun of
    intent or plan (cues.yml noun_object purpose_heads, the clitic aside): "menyatakan tekadnya
    untuk kembali membela tim nasional", "menyampaikan niat tulusnya untuk menjadikan …" name
    an intention, whose `untuk` clause says what it is for, not what the speaker claims; a
    predicate before the marker ("rencana itu akan dibahas untuk …") still makes a clause. An
    adjective first ("menegaskan siap untuk mengganti …") is no such noun and is read whole."""
    noun_object = rules.false_quotes.noun_object
    if not words or not _headed_by(words[0], noun_object.purpose_heads, rules):
        return words
    marker = next((position for position, word in enumerate(words) if word in noun_object.purpose_markers), None)
    return words if marker is None else words[:marker]


def _nominal_complement_dropped(words: list[str], rules: RuleSet) -> list[str]:
    """The object's words up to `dalam` + a verb when the object opens with a noun of intent or
    plan or a possessed noun ("strateginya dalam menjaga …"): the noun's complement, no predicate
    of the object (see _nominal_complement_marker)."""
    if not words or not (_headed_by(words[0], rules.false_quotes.noun_object.purpose_heads, rules)
                         or _is_possessed_noun(words[0], rules)):
        return words
    complement = _nominal_complement_marker(words, rules)
    return words if complement is None else words[:complement]


def _is_possessed_noun(word: str, rules: RuleSet) -> bool:
    """A word written with the clitic that is no pronoun ("strateginya", "perjuangannya"; not
    "pihaknya", "dirinya", which stand for the source and take a predicate)."""
    return rules.has_clitic(word) and word not in rules.pronouns and word not in rules.group_pronouns


def _nominal_complement_marker(words: list[str], rules: RuleSet) -> int | None:
    """The position of the first complement marker (cues.yml noun_object complement_markers:
    `dalam`) right before a prefixed verb ("strateginya dalam menjaga …"): the verb is a
    nominalised complement of the head noun; before a noun ("dalam keadaan baik") it is none."""
    markers = rules.false_quotes.noun_object.complement_markers
    for position, word in enumerate(words[1:-1], start=1):
        if word in markers and _is_prefixed_verb(words[position + 1], rules):
            return position
    return None


def _headed_by(word: str, heads: Collection[str], rules: RuleSet) -> bool:
    """Whether a word, as written or without its clitic, is one of the heads a list names."""
    return word in heads or _head_stem(word, rules) in heads


def _head_stem(word: str, rules: RuleSet) -> str:
    """A head noun without the clitic (`tekadnya` -> `tekad`), as the lists name it."""
    suffix = rules.cues.clitic.suffix
    return word[:-len(suffix)] if rules.has_clitic(word) else word


def _complement_markers_dropped(words: list[str], quote: Quote, rules: RuleSet) -> list[str]:
    """The object's words without a small-clause marker (`sebagai`) when the object opens with a
    noun of role or standing (cues.yml noun_object role_heads, the clitic aside) and the verb
    neither names nor judges (small_clauses): "menegaskan posisinya sebagai pionir", "menekankan
    peran mode sebagai alat diplomasi" name a role, whose marker predicates nothing, where
    "menekankan polusi udara sebagai ancaman terbesar" is a judgement (a small clause)."""
    if not words or quote.cue_lemma in rules.small_clause_verbs:
        return words
    if not _headed_by(words[0], rules.false_quotes.noun_object.role_heads, rules):
        return words
    return [word for word in words if word not in rules.small_clause_markers]


# the object's words, figures and commas: a figure after a subordinator makes it a time
# adverbial ("sejak 2022"), a comma closes a relative clause ("yang sekitar 380 km, terdapat …")
OBJECT_TOKEN = re.compile(r"[^\W\d_][\w'’-]*|\d[\d.,/:-]*|,")


def _object_words(text: str) -> list[str]:
    """An object's words, figures and commas, lowercased: what the predicate and count tests read."""
    return [word.lower() for word in OBJECT_TOKEN.findall(text)]


def _has_own_predicate(words: list[str], rules: RuleSet) -> bool:
    """Whether the object holds a predicate of its own, not only one of a relative clause or
    of a prepositional phrase's nominalisation.

    After a non-initial `yang`, the words up to the first predicate (a ter- word right after
    `yang` is one) are the relative clause, an auxiliary's verb included ("konsep … yang
    meliputi …", "posisi yang masih kosong", "tanah yang belakangan dipersoalkan"); a later
    predicate is the object's own ("jumlah korban yang tewas mencapai 48 orang"). `akan`
    before a -nya nominalisation is a preposition: what follows is its object ("masyarakat
    akan pentingnya menjaga …"), so no predicate of the clause comes after it. A ter- word
    right after a demonstrative follows a closed noun phrase: it is the predicate ("kasus
    tersebut terungkap …"), where after a noun it may be a modifier ("kasus terkait …"). After
    a non-initial subordinator (not before a demonstrative: "saat ini" is a time adverbial) the
    rest is an adverbial clause or an embedded question, whose predicates are its own. After a
    relative clause whose bare first word closed it, a verb right after a purpose marker (`untuk`,
    `guna`) is the purpose clause's ("cara yang tepat untuk mengatasi …"), and a later predicate the
    object's; elsewhere it stays a predicate ("siap untuk mengganti …": an adjective the test has no
    mark for; "saham yang menarik untuk dicermati …")."""
    waiting = False  # inside a relative clause, before its predicate
    skip_next = False  # the verb an auxiliary of the relative clause governs
    bare_relative = False  # a relative clause its bare first word closed: a verb after `untuk` is a purpose's
    for position, word in enumerate(words):
        following = words[position + 1] if position + 1 < len(words) else ""
        if skip_next:
            skip_next = False
            continue
        if not waiting and position > 0 and words[position - 1] in rules.demonstratives \
                and word.startswith(rules.object_relative_predicate_prefixes):
            return True  # "kasus tersebut terungkap …": a ter- verb after the closed noun phrase
        if not waiting and _follows_a_closed_subject(words, position, rules):
            return True  # "hadis ini shahih": the word after the closed noun phrase is its predicate
        if word in rules.object_prepositions_before_nominal and _is_nominalisation(following, rules):
            return False  # "akan pentingnya …", "akan adanya …", not "akan punya …"
        if position > 0 and word in rules.object_adjunct_clause_openers and not rules.opens_time_phrase(following):
            return False  # "… saat pemerintah beradu …": the rest is an adverbial clause's
        if bare_relative and word in rules.false_quotes.noun_object.purpose_markers and _is_predicate(following, rules):
            skip_next = True  # "cara yang tepat untuk mengatasi …": the purpose clause's verb
            continue
        if word == ",":
            waiting = False  # a comma closes a relative clause still waiting for its predicate
            continue
        if position > 0 and word in rules.object_coordinated_predicate_links and _is_predicate(following, rules):
            return False  # "… atas kepergian korban dan meninggalkan …": the speaker's next predicate
        if position > 0 and word in rules.object_relative_markers:
            waiting = True
            after = words[position + 2] if position + 2 < len(words) else ""
            bare = _is_unmarked_relative_predicate(following, after, rules)
            if following.startswith(rules.object_relative_predicate_prefixes) or bare:
                skip_next = True  # "yang terdampak …", "yang masuk ke …": the relative clause's verb
                waiting = False
                bare_relative = bare_relative or bare
            continue
        if not _is_predicate(word, rules) and not _is_adjective_predicate(word, position, rules):
            continue
        if not waiting or _closed_by_demonstrative(words, position, rules):
            return True
        waiting = False
        skip_next = word in rules.clause_object_auxiliaries
    return False


def _is_nominalisation(word: str, rules: RuleSet) -> bool:
    """A stem of a few letters and the clitic (`pentingnya`, `adanya`), not a word that only ends in
    the clitic's letters (`punya`, `hanya`)."""
    suffix = rules.cues.clitic.suffix
    return word.endswith(suffix) and len(word) - len(suffix) >= MIN_NOMINAL_STEM_CHARS


MIN_NOMINAL_STEM_CHARS = 3  # "ada" + nya; "pu" + nya is `punya`


def _is_unmarked_relative_predicate(word: str, after: str, rules: RuleSet) -> bool:
    """The word right after `yang` when no predicate test marks it nor the word after it
    ("investasi yang masuk ke Indonesia masih berpusat …", "warga yang tinggal di bantaran sungai
    mengungsi …"): a relative clause opens with its predicate, so this bare verb or adjective is
    the relative clause's, and a predicate after it is the object's own. Not an auxiliary,
    negation or other predicate word (the relative clause's verb comes after it: "yang akan
    dihadirkan"), nor a word before a predicate (an adverb: "yang belakangan dipersoalkan"), a
    figure or a comma."""
    return _is_plain_word(word) and not _is_predicate(word, rules) and word not in rules.subject_adverbs \
        and word not in rules.object_relative_markers and not _is_predicate(after, rules)


def _follows_a_closed_subject(words: list[str], position: int, rules: RuleSet) -> bool:
    """A word right after a noun phrase that a demonstrative closes (cues.yml noun_object
    closed_subject_non_predicates): an object "N … ini/itu/tersebut W" is a clause whose predicate
    is W, even a word no predicate test marks ("hadis ini shahih", "laporan awal ini berdasarkan
    pada …"); W that goes on the noun phrase or opens an adjunct ("kasus tersebut dalam sidang
    …", "kasus itu sendiri") is none, nor a demonstrative of a time phrase ("saat ini") or one
    that is the object's first word."""
    if not _is_plain_word(words[position]) or not _demonstrative_closes_phrase(words, position - 1, rules):
        return False
    word = words[position]
    return word not in rules.closed_subject_non_predicates and word not in rules.phrase_stops \
        and word not in rules.demonstratives and word not in rules.object_relative_markers \
        and word not in rules.object_adjunct_clause_openers and word not in rules.object_coordinated_predicate_links


def _is_plain_word(word: str) -> bool:
    """A word of letters (a hyphen inside allowed), no figure or comma."""
    return word.replace("-", "").isalpha()


def _closed_by_demonstrative(words: list[str], position: int, rules: RuleSet) -> bool:
    """A predicate right after a demonstrative that closes a relative clause still waiting for
    its own (a bare verb the test does not know: "asosiasi yang hadir dalam rapat itu turut
    memberikan …", past `subject_adverbs`) is the object's: the demonstrative ends the noun phrase, head and relative
    clause. Not when the demonstrative ends a time phrase inside the relative clause ("warga
    yang sejak pagi itu membantu …", `time_nouns_before_demonstratives` or a time word), nor right
    after `yang` ("yang itu …")."""
    closing = position - 1
    while closing > 0 and words[closing] in rules.subject_adverbs \
            and words[closing] not in rules.object_relative_markers:
        closing -= 1  # "itu turut memberikan": an adverb before the predicate
    return _demonstrative_closes_phrase(words, closing, rules)


def _demonstrative_closes_phrase(words: list[str], closing: int, rules: RuleSet) -> bool:
    """Whether the word at `closing` is a demonstrative that ends a noun phrase: not the
    object's first word, not right after `yang`, not ending a time phrase ("saat ini", "pagi itu")."""
    if closing < 1 or words[closing] not in rules.demonstratives:
        return False
    before = words[closing - 1]
    return before not in rules.object_relative_markers and before not in rules.time_nouns_before_demonstratives \
        and not rules.opens_time_phrase(before)


def _is_adjective_predicate(word: str, position: int, rules: RuleSet) -> bool:
    """An unprefixed adjective of cues.yml adjective_predicates that opens the object ("menganggap
    wajar kritik itu", "menyatakan setuju bila …") or follows a subject of a few words ("kondisi
    gedung itu rusak parah"); right after a one-word head it may be the noun's modifier."""
    return word in rules.adjective_predicates and (position == 0 or position >= rules.adjective_min_subject_words)


def _is_recorded_figure(document: Document, quote: Quote, rules: RuleSet) -> bool:
    """ "Maluku dan Papua mencatat 518,46 GW", "sanggup mencatat 26 gol dan 6 assist": a verb of
    recording (cues.yml recorded_figure) whose figure-claim object is only counts, each a figure
    and at most its unit, books a result, not a claim about something. "mencatat 32 jamaah
    positif" (a word after the unit: a predicate the test has no mark for), "mencatat inflasi
    Mei sebesar 2,5 persen" (a noun first) and "mencatat 40 persen warga … masih hidup" are
    claims."""
    if quote.rule != rule_id("indirect", rules.cues.figure_claims.id) or quote.cue is None \
            or document.text[quote.cue.start:quote.cue.end].lower() not in rules.recording_verbs:
        return False
    words = _object_words(_clause_text(document, quote))
    return (_only_counts(words, rules) and not _has_own_predicate(words, rules)) or _books_an_account(words, rules)


def _books_an_account(words: list[str], rules: RuleSet) -> bool:
    """An object headed by a noun of one's own accounts (cues.yml recorded_figure account_heads,
    the clitic aside: "laba bersih sebesar Rp 442 miliar", "kerugian bersih sebesar …"): the
    subject books its own result, an event, where "inflasi … sebesar 2,5 persen" is a claim.
    Read with or without a predicate ("laba bersih … atau tumbuh 45 persen" is booked too; and
    `bersih`, net, reads as a ber- verb)."""
    return bool(words) and _headed_by(words[0], rules.own_account_heads, rules)


def _only_counts(words: list[str], rules: RuleSet) -> bool:
    """Counts joined by commas or links ("26 gol dan 6 assist", "518,46 GW"), each a figure and at
    most one word, up to the end or an adjunct that opens with a phrase stop ("… di liga")."""
    position = 0
    while position < len(words) and _is_figure(words[position], rules):
        position += 1
        if position < len(words) and not _ends_a_count(words[position], rules):
            position += 1  # the unit or the counted noun
        if position == len(words) or words[position] in rules.phrase_stops:
            return True
        if not _ends_a_count(words[position], rules):
            return False
        position += 1
    return False


def _ends_a_count(word: str, rules: RuleSet) -> bool:
    return word == "," or word in rules.object_coordinated_predicate_links or word in rules.phrase_stops


def _is_figure(word: str, rules: RuleSet) -> bool:
    """A number in digits or in words (cues.yml figure_claims number_words)."""
    return word[:1].isdigit() or word in rules.number_words


def _is_passive_topic(document: Document, quote: Quote, rules: RuleSet) -> bool:
    """ "Imbauan itu berulang kali disampaikan X kepada …": a plain passive of saying inside a
    sentence whose agent nothing but adjuncts follows has what was said as its subject, a noun
    phrase that names a topic; no clause is reported. A passive of judging takes the judged
    clause after its agent ("Hal itu dinilai X bisa …") and is not read; nor is a passive set off
    by a comma after its subject ("Keputusan itu, diakui X karena …"), a parenthetical
    attribution inside a clause that goes on after the agent."""
    if quote.cue is None or (quote.cue_lemma or "") not in rules.backward_words \
            or document.text[quote.start:quote.cue.start].rstrip().endswith(","):
        return False
    if quote.rule == rule_id("indirect", rules.cues.passive_agent.id):
        return _points_back(document.text[quote.start:quote.cue.start], rules)
    if quote.rule != rule_id("indirect", rules.cues.passive_inside.id):
        return False
    after = document.text[quote.cue.end:quote.end]
    return not _has_own_predicate(_object_words(after), rules)


def _points_back(subject: str, rules: RuleSet) -> bool:
    """ "Hal tersebut disampaikannya menanggapi …": a topic noun and a demonstrative as the
    subject of a plain passive of saying point back at what was said before (the backward
    pattern's clause); the words after the agent say when or why, not what (issue 20)."""
    words = [word.lower() for word in _words(subject)]
    return len(words) == POINTING_SUBJECT_WORDS and words[0] in rules.topic_nouns and words[1] in rules.demonstratives


POINTING_SUBJECT_WORDS = 2  # "Hal tersebut": the topic noun and its demonstrative


def _is_predicate(word: str, rules: RuleSet) -> bool:
    """A predicate word or a prefixed verb; not a preposition, a pronoun or a role noun spelled
    like one (`bersama`, `melalui`, `mereka`, `menteri`)."""
    if word in rules.clause_object_not_predicates or word in rules.group_pronouns or rules.is_title_or_role(word):
        return False
    return word in rules.predicate_words or (
        len(word) >= rules.false_quotes.noun_object.min_prefixed_chars
        and word.startswith(rules.object_predicate_prefixes))


def _is_prefixed_verb(word: str, rules: RuleSet) -> bool:
    """A predicate by its prefix alone (`menjaga`, `bermain`), none of `_is_predicate`'s lookalikes."""
    return word not in rules.predicate_words and _is_predicate(word, rules)


def _is_secured_outcome(document: Document, quote: Quote, rules: RuleSet) -> bool:
    """ "memastikan lolos ke babak final", "memastikan tiket ke Piala Dunia": a verb of assuring
    whose object, right after it, opens with an outcome (cues.yml false_quotes secured_outcome)
    secures that outcome; nothing is said. After bahwa or a comma a clause is reported."""
    secured = rules.false_quotes.secured_outcome
    if secured is None or quote.type == "direct" or quote.cue is None or ".verb." not in quote.rule:
        return False
    verb = document.text[quote.cue.start:quote.cue.end].lower()
    if verb not in secured.words and (quote.cue_lemma or "") not in secured.words:
        return False
    if document.text[quote.cue.end:quote.start].strip():
        return False
    words = _words(_clause_text(document, quote))
    return bool(words) and words[0].lower() in secured.objects


def _is_time_only(document: Document, quote: Quote, rules: RuleSet) -> bool:
    """ "Dikatakan Marwan usai seminar di hotel itu, Senin (24/8).": a reported clause of only a
    day, a date or figures (speakers.yml time_words, digits, brackets, commas) says when the
    source spoke, not what; the words said stand elsewhere (issue 20)."""
    if quote.type == "direct":
        return False
    words = _object_words(_clause_text(document, quote))
    return bool(words) and all(word == "," or word[:1].isdigit() or word in rules.time_words for word in words)


def _is_title_case(document: Document, quote: Quote, rules: RuleSet) -> bool:
    """Most words capitalised: a title, a headline or a name, not speech ("Banjir Rendam
    Ratusan Rumah di Demak"). Quotes a cue claimed as direct speech are left alone."""
    if quote.type == "direct" and quote.rule != DIRECT_UNATTRIBUTED:
        return False
    reason = rules.false_quotes.title_case
    if _cue_in_a_title(document, quote, reason.min_words):
        return True
    text = _clause_text(document, quote)
    words = _words(text)
    if len(words) < reason.min_words:
        return False
    if capitalised_share(words) >= reason.min_capitalised_share:
        return quote.type == "direct" or not _has_lowercase_predicate(words, rules)
    return quote.type == "direct" and _reads_as_a_title(text, words, reason.max_function_word_letters,
                                                        reason.min_capitalised_share)


def _has_lowercase_predicate(words: list[str], rules: RuleSet) -> bool:
    """A reported clause with a predicate written in lowercase ("sejumlah saham perlu dicermati,
    seperti PT Wijaya Karya Tbk …") is prose that lists names, not a title: a title capitalises
    its verbs ("Banjir Rendam Ratusan Rumah")."""
    return any(word.islower() and _is_predicate(word, rules) for word in words)


def _cue_in_a_title(document: Document, quote: Quote, min_words: int) -> bool:
    """ "Megan Member Grup KATSEYE Akhirnya Blak-Blakan Mengaku Dirinya": a cue written
    capitalised after a run of at least `min_words` capitalised words that opens its line or
    sentence is a word of a headline or a caption; prose writes verbs of saying in lowercase.
    Words in capitals only (`ADVERTISEMENT SCROLL TO CONTINUE`, acronyms) are boilerplate or
    names and do not count; a name alone before a capitalised verb is a typo (`Tito Karnavian
    Mengatakan bahwa …`)."""
    cue = quote.cue
    if cue is None or not document.text[cue.start:cue.start + 1].isupper():
        return False
    opening = max(document.text.rfind(mark, 0, cue.start) for mark in TITLE_RUN_BOUNDARIES) + 1
    # a run stops where the cue's sentence starts: a title the scraper glued before it is
    # another sentence (tokenization splits it off), not the head of this one
    opening = max(opening, document.sentence_of(cue.start).start)
    words = document.text[opening:cue.start].split()
    return all(word[:1].isupper() for word in words) \
        and sum(1 for word in words if any(character.islower() for character in word)) >= min_words


TITLE_RUN_BOUNDARIES = (".", "!", "?", "\n", ":", '"', "“", "”", ",")


def _reads_as_a_title(text: str, words: list[str], max_function_letters: int, min_share: float) -> bool:
    """A quotation with no cue whose words, short function words aside ("of", "the", "ke",
    "di"), are capitalised and that holds no sentence or clause punctuation is a title ("The
    100 Greatest Painters of the 20th Century"): speech, even shouted in capitals, ends a
    sentence or a clause with a mark."""
    if any(character in SPEECH_PUNCTUATION for character in text):
        return False
    content = [word for word in words if len(word) > max_function_letters]
    return len(content) >= MIN_TITLE_CONTENT_WORDS and capitalised_share(content) >= min_share


MIN_TITLE_CONTENT_WORDS = 3


def _words_before_a_verb_cue(document: Document, quote: Quote) -> list[str] | None:
    """The lowercased words in the few characters before a reported clause's verb cue (where a
    word of purpose, refusal or negation governing it stands); None for a direct quote or a
    cue that is no verb, which these reasons never read."""
    if quote.type == "direct" or quote.cue is None or ".verb." not in quote.rule:
        return None
    return [word.lower() for word in _words(document.text[max(0, quote.cue.start - IRREALIS_LOOKBACK_CHARS):
                                                          quote.cue.start])]


def _is_irrealis(document: Document, quote: Quote, rules: RuleSet) -> bool:
    """A reporting verb under a word of purpose, obligation or volition ("untuk memastikan",
    "harus menyampaikan"): the sentence says what someone should or wants to say, not what
    they said."""
    before = _words_before_a_verb_cue(document, quote)
    if before is None:
        return False
    while before and before[-1] in rules.subject_adverbs:
        before.pop()
    return bool(before) and before[-1] in rules.irrealis_markers


IRREALIS_LOOKBACK_CHARS = 60  # a few words before the cue: the governing word and any adverbs


def _is_coordinated_irrealis(document: Document, quote: Quote, rules: RuleSet) -> bool:
    """A verb of saying joined by a link to a verb under a word of wish, intent or purpose
    ("ingin melihat dan memastikan stok beras aman", "untuk memantau dan memastikan …"): the
    word's scope covers both verbs, so the sentence says what someone wants to do. Only across
    the link for the wish words: right before the cue `ingin` may frame what was stressed."""
    before = _words_before_a_verb_cue(document, quote)
    if before is None:
        return False
    before = _without_plain_adverbs(before, rules)
    if len(before) < COORDINATED_IRREALIS_WORDS or before[-1] not in rules.irrealis_scope_links \
            or not _is_predicate(before[-2], rules):
        return False
    governing = _without_plain_adverbs(before[:-2], rules)
    return bool(governing) and (governing[-1] in rules.irrealis_scope_words or governing[-1] in rules.irrealis_markers)


COORDINATED_IRREALIS_WORDS = 3  # the governing word, the first verb, the link


def _is_requested_report(document: Document, quote: Quote, rules: RuleSet) -> bool:
    """A verb of saying inside a clause of request ("mendesak agar Kadis PU segera datang dan
    memastikan …", "petitum agar Mahkamah menyatakan …"; cues.yml irrealis request_scope): a
    marker a few words back in the cue's clause puts the verb in what is asked for. A
    capitalised predicate between them is a glued headline's word, and the cue after it is read;
    so is a cue right after a coordinating link, which may share the subject of the verb before
    the request ("memperingatkan Trump agar tidak terseret … dan mengatakan …": Zarif said it)."""
    scope = rules.false_quotes.irrealis.request_scope
    if scope is None or quote.type == "direct" or quote.cue is None or ".verb." not in quote.rule:
        return False
    sentence = document.sentence_of(quote.cue.start)
    clause = CLAUSE_BREAK.split(document.text[max(sentence.start, quote.cue.start - REQUEST_LOOKBACK_CHARS):
                                              quote.cue.start])[-1]
    words = _words(clause)[-scope.max_words:]
    if words and words[-1].lower() in rules.object_coordinated_predicate_links:
        return False
    marker = next((position for position, word in enumerate(words) if word.lower() in rules.request_markers), None)
    return marker is not None and not any(
        word[:1].isupper() and _is_predicate(word.lower(), rules) for word in words[marker + 1:])


CLAUSE_BREAK = re.compile(r"[.,;:!?()\[\]\"“”]")  # what closes a clause before the cue
REQUEST_LOOKBACK_CHARS = 160  # the marker's clause: max_words words and their spaces


def _is_refusal(document: Document, quote: Quote, rules: RuleSet) -> bool:
    """A verb of saying under a word of refusal ("enggan membeberkan …") or a negated modal of
    will or ability ("belum bersedia mengungkapkan …", "tidak dapat melihat …"): the sentence
    says the speech did not happen."""
    before = _words_before_a_verb_cue(document, quote)
    if before is None:
        return False
    before = _without_plain_adverbs(before, rules)
    if not before:
        return False
    if before[-1] in rules.refusal_words:
        return True
    if before[-1] not in rules.refusal_modals:
        return False
    rest = _without_plain_adverbs(before[:-1], rules)
    return bool(rest) and rest[-1] in rules.refusal_negations


def _is_negated_report(document: Document, quote: Quote, rules: RuleSet) -> bool:
    """A verb of saying right after a negation ("tidak mengklaim …", "belum mengungkap …"): the
    sentence says the speech did not happen. A negated denial or judgement (cues.yml
    negated_report `asserted`: "tak menampik bahwa …", "tak melihat ada …") asserts, and stays."""
    before = _words_before_a_verb_cue(document, quote)
    if before is None or quote.cue is None or (quote.cue_lemma or "") in rules.negated_report_assertions \
            or document.text[quote.cue.start:quote.cue.end].lower() in rules.negated_report_assertions:
        return False
    return bool(before) and before[-1] in rules.refusal_negations


def _without_plain_adverbs(words: list[str], rules: RuleSet) -> list[str]:
    """The words less the subject adverbs at their end that are no negation ("masih", "juga")."""
    while words and words[-1] in rules.subject_adverbs and words[-1] not in rules.refusal_negations:
        words = words[:-1]
    return words


def _is_quoted_fragment(document: Document, quote: Quote, rules: RuleSet) -> bool:
    """A quotation no cue claimed that opens in lowercase inside its sentence and is a noun
    phrase or a relative clause ("memburamkan gambar “yang mungkin mengandung …”", "batu dari
    “tanah liat yang dibakar”"): a term, a gloss or a mentioned phrase, not speech (guidelines 9).
    A fragment with a predicate of its own ("AS “berorientasi kembali ke …”") is a source's
    words and stays."""
    if quote.type != "direct" or quote.rule != DIRECT_UNATTRIBUTED:
        return False
    text = _clause_text(document, quote)
    if not text[:1].islower() or _reporting_verb_before(document, quote, rules):
        return False
    words = OBJECT_TOKEN.findall(text)  # as written: a capitalised word is a name's ("Fajar Baru"), no predicate
    return bool(words) and (words[0] in rules.object_relative_markers or not _has_own_predicate(words, rules))


def _reporting_verb_before(document: Document, quote: Quote, rules: RuleSet) -> bool:
    """A reporting verb earlier in the quotation's sentence ("Laporan itu menyatakan bahwa Afrika
    Selatan berada “dalam posisi yang baik …”"): the fragment is the source's words inside a
    report, a mixed quote's, however short of a predicate."""
    opening = document.sentence_of(quote.start).start
    return any(word.lower() in rules.reporting_verbs for word in _words(document.text[opening:quote.start]))


def _is_backward_directive(document: Document, quote: Quote, rules: RuleSet) -> bool:
    """A clause before "Hal itu disampaikan X" whose first predicate is a request, a commitment or
    a hope ("Fraksi itu meminta agar proyek ditunda.", "Kedua negara berkomitmen untuk …",
    "Presiden berharap MUI melakukan reformasi"): the annotators leave the backward pattern out
    when the sentence before it is a directive; the predicate is read among the words written
    in lowercase (tokens, so that a scraper's glue "PKBmeminta" is split)."""
    if quote.rule != rule_id("indirect", rules.cues.backward_passive.id):
        return False
    for token in document.tokens_between(quote.start, quote.end):
        word = token.text
        if not word.islower():
            continue
        if word in rules.backward_directive_words:
            return True
        if _is_predicate(word, rules):
            return False
    return False


def _is_named_title(document: Document, quote: Quote, rules: RuleSet) -> bool:
    """A quotation no cue claimed right after a noun that names a title, a theme or a slogan
    ("memberi judul, “Untuk turnamen yang damai.”", "mengusung slogan “Hidup sederhana …”"): the
    name of a work or a motto, not speech (guidelines 9), however it is written. A quotation a
    reporting verb takes ("menyampaikan tema “…”") is left alone: a quoted fragment as the object
    of a speech verb is a mixed quote (guidelines 6), the speaker's own words."""
    if quote.type != "direct" or quote.rule != DIRECT_UNATTRIBUTED:
        return False
    before = document.text[max(0, quote.start - NAMING_LOOKBACK_CHARS):quote.start]
    words = _words(before.rstrip().rstrip(OPENING_MARKS).rstrip().rstrip(",:"))
    return bool(words) and words[-1].lower() in rules.naming_nouns


NAMING_LOOKBACK_CHARS = 30  # the opening mark, a comma or colon, and the noun before them
OPENING_MARKS = "\"“”'‘«"


FalseQuoteTest = Callable[[Document, Quote, RuleSet], bool]


def _reasons(rules: RuleSet) -> list[tuple[str, FalseQuoteTest]]:
    """The reasons in the order they are tried; the first that fits names the rejection."""
    reasons = rules.false_quotes
    # irrealis before noun_object: a governing word of purpose or volition names the reason
    # even when the object is a noun phrase too ("menolak untuk menyebutkan siapa calon yang
    # dimaksud")
    return [(reasons.directive.id, _is_directive), (reasons.topic_object.id, _is_topic_object),
            (reasons.irrealis.id, _is_irrealis),
            *_optional_reason(reasons.irrealis.coordinated, _is_coordinated_irrealis),
            *_optional_reason(reasons.irrealis.request_scope, _is_requested_report),
            (reasons.refusal.id, _is_refusal), *_optional_reason(reasons.negated_report, _is_negated_report),
            *_optional_reason(reasons.secured_outcome, _is_secured_outcome),
            *_optional_reason(reasons.time_only, _is_time_only), (reasons.noun_object.id, _is_noun_object),
            *_optional_reason(reasons.recorded_figure, _is_recorded_figure),
            (reasons.passive_topic.id, _is_passive_topic),
            (reasons.title_case.id, _is_title_case), (reasons.quoted_fragment.id, _is_quoted_fragment),
            (reasons.backward_directive.id, _is_backward_directive), (reasons.named_title.id, _is_named_title)]


class _Reason(Protocol):
    """A false-quote reason of rules/quotes.yml: what a rejection records."""

    @property
    def id(self) -> str: ...


def _optional_reason(reason: _Reason | None, test: FalseQuoteTest) -> list[tuple[str, FalseQuoteTest]]:
    """A reason the rules may leave out: its test runs only where the YAML declares it."""
    return [] if reason is None else [(reason.id, test)]


def filter_false_quotes(document: Document, rules: RuleSet) -> None:
    """Move the candidates that are not quotes from document.quotes to document.rejected."""
    kept: list[Quote] = []
    reasons = _reasons(rules)
    for quote in document.quotes:
        reason = next((name for name, test in reasons if test(document, quote, rules)), None)
        if reason is None:
            kept.append(quote)
        else:
            document.rejected.append(Rejection(quote, reason))
    document.quotes = kept
