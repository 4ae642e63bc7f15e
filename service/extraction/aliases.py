"""Stage 3: aliases and abbreviations the article itself defines.

Reads tokens and entities; writes `Document.aliases` (lowercased short form -> Alias).
News spells out who a short form is, once, and then uses the short form:
  - a person's nickname in brackets or after an alias marker: "Zulkifli Hasan (Zulhas)",
    "Lin Wei-ming atau akrab disapa Michael Lin", "Abral Wandikbo alias Almaroko Nirigi";
  - a short form spelled from the name after "atau": "Joko Widodo atau Jokowi";
  - an epithet that carries a nickname: "Wanita yang akrab disapa Ani itu" (the person in
    focus, the last person named before it);
  - an organisation's abbreviation: "Mahkamah Agung (MA)", "Komisi Kejaksaan (Komjak)".
The first, long form is canonical. Later stages map short forms through this table.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from service.extraction.document import Alias, Document, Span, Token
from service.extraction.mentions import in_a_boilerplate_marker, is_acronym, leading_titles
from service.extraction.rules import RuleSet

MAX_ALIAS_TOKENS = 3  # "(Zulhas)", "akrab disapa Michael Lin"
MAX_LONG_FORM_TOKENS = 8  # "Kamar Dagang dan Industri (Kadin)"
FOCUS_LOOKBACK_TOKENS = 120  # how far back an epithet's nickname looks for its person
LONG_FORM_SYMBOLS = frozenset(["&", "-"])  # and the rules' name_connectors


def find_aliases(document: Document, rules: RuleSet) -> None:
    person_at = _person_entity_ends(document)
    aliases: dict[str, Alias] = {}
    lowered = document.lowered_tokens()
    skipped = document.tokens_in_quote_marks_or_boilerplate()
    # only the tokens written as an opener, from the document's lowercase index, in text order
    for token in document.tokens_with_lowered_texts(_alias_openers(rules)):
        position = token.index
        if skipped[position]:
            continue
        if token.text == "(":
            _bracketed(document, position, person_at, rules, aliases)
        else:
            marker_end = _alias_marker_end(lowered, position, rules)
            if marker_end is not None:
                _after_marker(document, position, marker_end, person_at, rules, aliases)
            elif lowered[position] in rules.nickname_conjunctions:
                _after_conjunction(document, position, person_at, rules, aliases)
            elif token.text == "," and _postposed_marker_at(lowered, position + 1, rules):
                _before_postposed_marker(document, position, person_at, rules, aliases)
    _syllabic_short_forms(document, rules, skipped, aliases)
    document.aliases = aliases


ALIAS_MARKS = frozenset(["(", ","])  # an alias in brackets; the comma before a postposed marker


MIN_SYLLABIC_SHORT_CHARS = 5  # "Kemenkes", "Bappenas"; shorter words are too easily spelt by chance
MIN_FIRST_PIECE_CHARS = 2  # "Ke|men" of "Kemenkes" -> "Kementerian"


def _syllabic_short_forms(document: Document, rules: RuleSet, skipped: list[bool],
                          aliases: dict[str, Alias]) -> None:
    """An organisation's short form that the article uses without defining it in brackets,
    made the Indonesian way from the opening letters of its words in order ("Kementerian
    Kesehatan RI ... Kemenkes menjelaskan": Kemen + kes; "Badan Perencanaan Pembangunan
    Nasional ... Bappenas"): one capitalised word, not all capitals (an acronym's letters are
    the bracket pass's) and no part of a person's name, written after an ORG entity of the
    article whose first words it spells. The first such organisation is its long form."""
    organisations = _written_organisations(document, rules)
    if not organisations:
        return
    connectors = rules.name_connectors
    long_forms = [(entity, [word.lower() for word in document.text[entity.start:entity.end].split()
                            if word.lower() not in connectors]) for entity in organisations]
    by_opening = _long_forms_by_opening(long_forms)
    tagged = _tokens_in_people(document)
    # each distinct word's shape tested once, then only the tokens written so, in text order
    for token in document.tokens_with_texts(_short_form_shapes(document.tokens_by_text())):
        position = token.index
        word = token.text
        if skipped[position] or tagged[position] or word.lower() in aliases:
            continue
        short = word.lower()
        for entity, words in by_opening.get(short[:MIN_FIRST_PIECE_CHARS], ()):
            if entity.start >= token.start:
                break
            if _spelt_from_openings(short, words):
                _add(aliases, word, document.text[entity.start:entity.end], "organization")
                break


def _long_forms_by_opening(long_forms: list[tuple[Span, list[str]]]) -> dict[str, list[tuple[Span, list[str]]]]:
    """The organisations (in text order) by the opening letters of their first word: a short form
    is spelt only from one whose first word it opens with (`_spelt_from_openings`' first test),
    so each short form reads only those instead of every organisation before it."""
    found: dict[str, list[tuple[Span, list[str]]]] = {}
    for entity, words in long_forms:
        if words:
            found.setdefault(words[0][:MIN_FIRST_PIECE_CHARS], []).append((entity, words))
    return found


def _short_form_shapes(words: Iterable[str]) -> set[str]:
    """The words shaped like a syllabic short form: long enough, capitalised, the rest lowercase
    letters. Asked once per distinct word, so `_syllabic_short_forms` visits only the tokens
    written as one of them."""
    return {word for word in words if len(word) >= MIN_SYLLABIC_SHORT_CHARS and word[:1].isupper()
            and word[1:].islower() and word.isalpha()}


def _tokens_in_people(document: Document) -> list[bool]:
    """Whether each token starts inside a PER entity, by token index: one binary search per
    entity over the sorted token starts, not a scan of every entity per token."""
    starts = document.token_starts()
    inside = [False] * len(starts)
    for entity in document.entities:
        if entity.label == "PER":
            for position in range(bisect_left(starts, entity.start), bisect_left(starts, entity.end)):
                inside[position] = True
    return inside


def _written_organisations(document: Document, rules: RuleSet) -> list[Span]:
    """The article's ORG entities and its capitalised runs opened by an institution head
    ("Kementerian Kesehatan RI", which the tagger may leave untagged), in text order."""
    found: list[Span] = [entity for entity in document.entities if entity.label == "ORG"]
    tokens = document.tokens
    for position in [token.index for token in document.tokens_with_lowered_texts(rules.institution_heads)]:
        if not tokens[position].text[:1].isupper():
            continue
        run = _name_run(tokens, position, rules)[:MAX_LONG_FORM_TOKENS]
        if len(run) >= 2:
            found.append(Span(run[0].start, run[-1].end))
    return sorted(found, key=lambda span: span.start)


def _spelt_from_openings(short: str, words: list[str]) -> bool:
    """Whether the short form is the opening letters of two or more of the words, in order from
    the first ("kemenkes" = "kemen"terian + "kes"ehatan)."""
    if not words or short[:MIN_FIRST_PIECE_CHARS] != words[0][:MIN_FIRST_PIECE_CHARS]:
        return False  # the first piece opens the first word: most pairs end here
    def spells(rest: str, at: int, used: int) -> bool:
        if not rest:
            return used >= 2
        if at >= len(words):
            return False
        first_piece = MIN_FIRST_PIECE_CHARS if used == 0 else 1
        return any(spells(rest[size:], at + 1, used + 1)
                   for size in range(min(len(rest), len(words[at])), first_piece - 1, -1)
                   if words[at][:size] == rest[:size])
    return spells(short, 0, 0)


def _alias_openers(rules: RuleSet) -> frozenset[str]:
    """The lowercase tokens at which `find_aliases` may read an alias (a bracket, a marker's
    first word, a nickname conjunction, a comma): every other token is passed by with one set
    lookup instead of the marker, conjunction and comma tests."""
    return ALIAS_MARKS | rules.alias_marker_first_words | rules.nickname_conjunctions


def _person_entity_ends(document: Document) -> dict[int, tuple[int, int]]:
    """PER entities by the index of their last token: (first token, last token + 1)."""
    found: dict[int, tuple[int, int]] = {}
    for entity in document.entities:
        if entity.label != "PER":
            continue
        inside = document.tokens_between(entity.start, entity.end)
        if inside:
            found[inside[-1].index] = (inside[0].index, inside[-1].index + 1)
    return found


def _name_run(tokens: list[Token], start: int, rules: RuleSet) -> list[Token]:
    """Capitalised tokens from `start`: a short form ("Zulhas", "Michael Lin")."""
    run: list[Token] = []
    for token in tokens[start:start + MAX_ALIAS_TOKENS]:
        if not (token.text[:1].isupper() and token.text.replace("-", "").replace("'", "").isalpha()):
            break
        if rules.is_title_or_role(token.text) or token.text.lower() in rules.non_name_words:
            break
        run.append(token)
    return run


def _acronym_run(tokens: list[Token], start: int) -> list[Token]:
    """All-capital words ("TNI AD"): an abbreviation, even when one of them is also a rank; a
    hyphen the tokenizer split off inside one ("MER-C") is part of it."""
    run: list[Token] = []
    for token in tokens[start:start + MAX_ALIAS_TOKENS]:
        glued_hyphen = token.text == "-" and bool(run) and run[-1].end == token.start
        if not (token.text.isupper() and token.text.isalpha()) and not glued_hyphen:
            break
        run.append(token)
    while run and run[-1].text == "-":
        run.pop()
    return run


def _bracketed(document: Document, position: int, person_at: dict[int, tuple[int, int]], rules: RuleSet,
               aliases: dict[str, Alias]) -> None:
    tokens = document.tokens
    inner = _name_run(tokens, position + 1, rules)
    acronym = _acronym_run(tokens, position + 1)
    if len(acronym) > len(inner):
        inner = acronym
    close = position + 1 + len(inner)
    if not inner or close >= len(tokens) or tokens[close].text != ")":
        return
    short = document.text[inner[0].start:inner[-1].end]
    person = person_at.get(position - 1)
    if person is not None and (len(inner) == 1 or _shares_a_name_word(inner, tokens[person[0]:person[1]])):
        full = _strip_titles(document.text[tokens[person[0]].start:tokens[person[1] - 1].end], rules)
        if len(inner) > 1 or _spells(short, full):  # "(Zulhas)", "(JK)"; not "(Wiraswasta)", "(GK)"
            _add(aliases, short, full, "person")
        return
    long_form = _long_form(document, position, short, rules)
    if long_form is not None:
        full = document.text[long_form[0].start:tokens[close].end]
        _add(aliases, short, full, "organization")


def _shares_a_name_word(inner: list[Token], person: list[Token]) -> bool:
    """A bracketed nickname of several words that repeats a word of the name before it, with
    an honorific or a by-name the rules need not know: "Surya Darmawan (Kang Surya)"."""
    words = {token.text.lower() for token in person}
    return len(inner) > 1 and any(token.text.lower() in words for token in inner)


def _long_form(document: Document, bracket: int, short: str, rules: RuleSet) -> list[Token] | None:
    """The capitalised words before "(ABBR)" whose letters spell the abbreviation.

    "Komisi Pemberantasan Korupsi (KPK)", "Kamar Dagang dan Industri (Kadin)", "Komisi untuk
    Orang Hilang dan Korban Tindak Kekerasan (KontraS)" (names.yml long_form_connectors, rule
    names.long_form_connector; the commas of an enumeration closed by a name connector: "Badan
    Meteorologi, Klimatologi, dan Geofisika (BMKG)"; an English possessive: "Forum Korban Gold's Gym
    Indonesia (FKGGI)"; never a boilerplate marker glued before it: "SCROLL TO CONTINUE WITH CONTENT
    Badan …"): the first word starts with the abbreviation's first letter and
    the abbreviation's letters appear in order in the words. The longest such run is the long
    form, with the institution heads right before it that the letters leave out ("Kementerian
    Energi dan Sumber Daya Mineral (ESDM)", written "Kementerian ESDM"; speakers.yml
    institution_heads).
    """
    connectors = LONG_FORM_SYMBOLS | rules.name_connectors | rules.long_form_connectors | {ENUMERATION_COMMA}
    run: list[Token] = []
    for token in reversed(document.tokens[max(0, bracket - MAX_LONG_FORM_TOKENS):bracket]):
        in_name = token.text[:1].isupper() or token.text.lower() in connectors or _is_possessive_clitic(token.text)
        if not in_name or in_a_boilerplate_marker(token, document, rules):
            break
        run.insert(0, token)
    run = _after_a_stray_comma(run, rules)
    letters = "".join(letter for letter in short.lower() if letter.isalnum())  # "MER-C" spells "merc"
    best: list[Token] | None = None
    for first in range(len(run)):
        candidate = run[first:]
        if candidate[0].text.lower() in connectors or candidate[0].text[:1].lower() != letters[:1]:
            continue
        if _is_subsequence(letters, "".join(token.text.lower() for token in candidate)) and len(candidate) >= 2:
            while first > 0 and run[first - 1].text.lower() in rules.institution_heads:
                first -= 1  # "Kementerian [Energi dan Sumber Daya Mineral] (ESDM)": the head the letters skip
            best = run[first:]
            break  # the earliest start is the longest run
    if best is None and short.isupper() and len(short) >= MIN_TRANSLATED_ACRONYM_LETTERS:
        return _translated_long_form(run, rules)
    return best


ENUMERATION_COMMA = ","
POSSESSIVE_CLITICS = frozenset(["'s", "\u2019s"])  # "Gold's", however the apostrophe is written


def _is_possessive_clitic(word: str) -> bool:
    return word.lower() in POSSESSIVE_CLITICS


def _after_a_stray_comma(run: list[Token], rules: RuleSet) -> list[Token]:
    """The run past its last comma that no name connector follows: a comma inside a long form
    only lists its parts ("Meteorologi, Klimatologi, dan Geofisika"); one with no "dan" after it
    ends a clause before the name ("Di Jakarta, Badan …")."""
    last_connector = max((position for position, token in enumerate(run)
                          if token.text.lower() in rules.name_connectors), default=-1)
    stray = [position for position, token in enumerate(run)
             if token.text == ENUMERATION_COMMA and position > last_connector]
    return run[stray[-1] + 1:] if stray else run


MIN_TRANSLATED_ACRONYM_LETTERS = 3  # "(AS)", "(RI)" after a name are a country, not the name's acronym


def _translated_long_form(run: list[Token], rules: RuleSet) -> list[Token] | None:
    """The long form of a foreign acronym the article gives after a translated name, whose
    letters spell no run of its words ("Federasi Timnas Irak (IFA)", "Organisasi Kesehatan
    Dunia (WHO)", "Kepala Badan Meteorologi Jepang (JMA)"): the capitalised run from its first
    institution head (speakers.yml institution_heads) on, of two words or more; a run with no
    institution head (a person's name, a place) has none (part of name.article_alias)."""
    for first, token in enumerate(run):
        if token.text.lower() in rules.institution_heads:
            return run[first:] if len(run) - first >= 2 else None
    return None


def _is_subsequence(letters: str, text: str) -> bool:
    remaining = iter(text)
    return all(letter in remaining for letter in letters)


def _alias_marker_end(lowered: list[str], position: int, rules: RuleSet) -> int | None:
    """Index after an alias marker starting at `position` ("akrab disapa", "alias"), if any;
    `lowered` are the tokens' lowercase texts."""
    if lowered[position] not in rules.alias_marker_first_words:
        return None
    for words in rules.alias_marker_words:
        if lowered[position:position + len(words)] == words:
            return position + len(words)
    return None


def _after_marker(document: Document, position: int, marker_end: int, person_at: dict[int, tuple[int, int]],
                  rules: RuleSet, aliases: dict[str, Alias]) -> None:
    tokens = document.tokens
    honorific = marker_end < len(tokens) and rules.is_honorific(tokens[marker_end].text)
    inner = _name_run(tokens, marker_end + 1 if honorific else marker_end, rules)
    if not inner:
        return
    short = document.text[inner[0].start:inner[-1].end]
    before = position - 1
    while before >= 0 and tokens[before].text == "," or tokens[before].text in rules.alias_lead_ins:
        before -= 1
    person = person_at.get(before)
    if person is None:
        if not _is_epithet(tokens, position, marker_end, len(inner) + (1 if honorific else 0), rules):
            return  # "wilayah yang dikenal sebagai Segitiga Zamrud": a place's name, not a person's
        person = _person_with_nickname(document, short, person_at) or _person_spelling(document, short, person_at) \
            or _person_in_focus(document, position, short, person_at)
    if person is None or person[1] - 1 >= inner[0].index:
        return
    full = _strip_titles(document.text[tokens[person[0]].start:tokens[person[1] - 1].end], rules)
    if full.lower() != short.lower():
        _add(aliases, short, full, "person")
        if honorific:  # "akrab disapa Gus Ipul": the article writes both "Gus Ipul" and "Ipul"
            _add(aliases, document.text[tokens[marker_end].start:inner[-1].end], full, "person")


MIN_FULL_NAME_WORDS = 2  # "Joko Widodo atau Jokowi"; after a one-word name, atau is "or"
SHARED_OPENING_LETTERS = 2  # Jokowi and Joko, Zulhas and Zulkifli
QUESTION_MARK = "?"  # a question offers alternatives: "Prabowo Subianto atau Sekar?"


def _after_conjunction(document: Document, position: int, person_at: dict[int, tuple[int, int]],
                       rules: RuleSet, aliases: dict[str, Alias]) -> None:
    """ "Joko Widodo atau Jokowi": one word after the conjunction, spelled from the person
    named right before it, is that person's short form; so is a name of several words ending in
    the same surname, and a name of one or two words after an honorific ("atau Gus Ipul"); any
    other word after "atau" is an alternative ("Prabowo Subianto atau Puan"), not a name."""
    tokens = document.tokens
    person = person_at.get(position - 1)
    after = position + 1
    if person is None or person[1] - person[0] < MIN_FULL_NAME_WORDS or after >= len(tokens):
        return
    full = _strip_titles(document.text[tokens[person[0]].start:tokens[person[1] - 1].end], rules)
    if rules.is_honorific(tokens[after].text):
        # "Saifullah Yusuf atau Gus Ipul": a familiar form with an honorific is a nickname, not
        # an alternative (people offered as alternatives are not addressed by honorific)
        nickname = _name_run(tokens, after + 1, rules)
        if nickname and len(nickname) < MIN_FULL_NAME_WORDS + 1:
            plain = document.text[nickname[0].start:nickname[-1].end]
            _add(aliases, plain, full, "person")
            _add(aliases, document.text[tokens[after].start:nickname[-1].end], full, "person")
        return
    inner = _name_run(tokens, after, rules)
    full_words = [word.lower() for word in full.split()]
    if len(inner) > 1 and (inner[-1].text.lower() == full_words[-1]
                           or (len(inner) == MIN_FULL_NAME_WORDS and inner[-1].text.lower() in full_words)):
        # "Raden Mas Bagus Santoso atau Bagus Santoso": two forms sharing the surname; the
        # longer is canonical, whichever comes first. "Indra Agustin atau Cep Indra": a
        # two-word form ending in a word of the name is what people call that person
        other = document.text[inner[0].start:inner[-1].end]
        short, full = (other, full) if len(other.split()) <= len(full.split()) else (full, other)
        if short.lower() != full.lower():
            _add(aliases, short, full, "person")
        return
    if len(inner) != 1:
        return
    short = inner[0].text
    if _opens_like(short, full) or _initials_of(short, full) \
            or _nickname_used_alone(document, inner[0], person_at):
        _add(aliases, short, full, "person")


def _nickname_used_alone(document: Document, word: Token, person_at: dict[int, tuple[int, int]]) -> bool:
    """ "Immanuel Ebenezer atau Noel … Noel mengatakan": a word after "atau" that the article
    writes again on its own, and never inside a longer name, is the person's familiar name
    however it is spelled. An alternative is another person: one the article names in full
    somewhere ("mengusung Budi Santoso atau Rahmat … Rahmat Hidayat"), or one offered in a
    question ("Siapa yang layak, Prabowo Subianto atau Sekar?")."""
    sentence = document.sentence_of(word.start)
    if document.text[sentence.start:sentence.end].rstrip().endswith(QUESTION_MARK):
        return False
    key = word.text.lower()
    written_again = any(token.index != word.index for token in document.tokens_with_lowered_text(key))
    inside_a_name = any(len(words) > 1 and key in words
                        for words in (_name_words(document.tokens[first:end]) for first, end in person_at.values()))
    return written_again and not inside_a_name


def _name_words(tokens: list[Token]) -> list[str]:
    """The lowercase words of a PER less the acronyms the tagger ran into it ("KTA Noel": a
    membership card's, not a longer name)."""
    return [token.text.lower() for token in tokens if not is_acronym(token.text)]


def _postposed_marker_at(lowered: list[str], position: int, rules: RuleSet) -> bool:
    """Whether a postposed nickname marker ("sapaan akrabnya") starts at `position` (`lowered`:
    the tokens' lowercase texts)."""
    return any(lowered[position:position + len(words)] == words for words in rules.postposed_alias_markers)


def _before_postposed_marker(document: Document, comma: int, person_at: dict[int, tuple[int, int]],
                             rules: RuleSet, aliases: dict[str, Alias]) -> None:
    """ "Onyo, sapaan akrabnya, menilai …": the one or two capitalised words before the comma
    are the familiar name of the person whose name contains them, else of the person the
    article has named most often so far (the one it is about)."""
    tokens = document.tokens
    run: list[Token] = []
    for token in reversed(tokens[max(0, comma - MAX_ALIAS_TOKENS + 1):comma]):
        if not (token.text[:1].isupper() and token.text.isalpha()) or rules.is_title_or_role(token.text):
            break
        run.insert(0, token)
    tagged = person_at.get(run[-1].index) if run else None
    if not run or (tagged is not None and tagged[0] < run[0].index) or any(t.index in person_at for t in run[:-1]):
        return  # the end of a longer name ("Betrand Peto, sapaan …" is not a nickname)
    short = document.text[run[0].start:run[-1].end]
    person = _person_with_nickname(document, short, person_at) or _most_named_before(document, run[0].index,
                                                                                       person_at)
    if person is None or person[1] > run[0].index:
        return
    full = document.text[tokens[person[0]].start:tokens[person[1] - 1].end]
    if short.lower() not in full.lower().split():
        _add(aliases, short, _strip_titles(full, rules), "person")


def _most_named_before(document: Document, position: int,
                       person_at: dict[int, tuple[int, int]]) -> tuple[int, int] | None:
    """The person named most often before `position` (its longest written form), counting a
    surname or given name written alone as the same person; ties go to the one named first."""
    tokens = document.tokens
    names = [(person_at[last], document.text[tokens[person_at[last][0]].start:tokens[last].end].lower().split())
             for last in sorted(person_at) if last < position and not document.in_quote_marks(tokens[last].start)]
    if not names:
        return None
    counts: dict[int, int] = {}
    for number, (_, words) in enumerate(names):
        counts[number] = sum(1 for _, other in names if set(other) <= set(words) or set(words) <= set(other))
    best = max(counts.values())
    first = next(number for number, count in counts.items() if count == best)
    group = [span for span, words in names if set(words) <= set(names[first][1]) or set(names[first][1]) <= set(words)]
    return max(group, key=lambda span: span[1] - span[0])


def _opens_like(short: str, full: str) -> bool:
    """A nickname that starts as the name does and is spelled from its letters: Jokowi."""
    opening = SHARED_OPENING_LETTERS
    return len(short) > opening and short[:opening].lower() == full[:opening].lower() and _spells(short, full)


def _initials_of(short: str, full: str) -> bool:
    """Capital initials of the name's words: SBY for Susilo Bambang Yudhoyono."""
    words = full.split()
    return short.isupper() and len(short) == len(words) and short == "".join(word[0].upper() for word in words)


def _spells(short: str, full: str) -> bool:
    """A nickname or initials made from the name's letters, in order, from its first word
    on: Zulhas, JK, Jokowi."""
    letters = "".join(character for character in full.lower() if character.isalpha())
    return short[:1].lower() == letters[:1] and _is_subsequence(short.lower(), letters)


def _is_epithet(tokens: list[Token], position: int, marker_end: int, alias_length: int, rules: RuleSet) -> bool:
    """ "Wanita yang akrab disapa Ani itu": a nickname marker inside a noun phrase that a
    demonstrative closes."""
    after = marker_end + alias_length
    nickname = any(token.text.lower().endswith(rules.nickname_marker_words) for token in tokens[position:marker_end])
    return nickname and after < len(tokens) and tokens[after].text.lower() in rules.demonstratives


def _person_with_nickname(document: Document, short: str, person_at: dict[int, tuple[int, int]]) \
        -> tuple[int, int] | None:
    """The person whose name contains the nickname ("Toni" in Thobahul Aftoni, "Ani" in Sri
    Mulyani): the first such person named in the article."""
    key = short.lower()
    for last in sorted(person_at):
        first, end = person_at[last]
        words = document.text[document.tokens[first].start:document.tokens[end - 1].end].lower().split()
        if any(key in word and word != key for word in words):
            return person_at[last]
    return None


def _person_spelling(document: Document, short: str, person_at: dict[int, tuple[int, int]]) \
        -> tuple[int, int] | None:
    """The first person whose name the nickname is spelled from, opening as it does or by its
    initials: "pria yang kerap dipanggil Buwas itu" is Budi Waseso, "Sosok yang biasa disapa
    ADS tersebut" Andi Darussalam Tabussala, whoever was named last."""
    for last in sorted(person_at):
        first, end = person_at[last]
        full = document.text[document.tokens[first].start:document.tokens[end - 1].end]
        if full.lower() != short.lower() and (_opens_like(short, full) or _initials_of(short, full)):
            return person_at[last]
    return None


def _person_in_focus(document: Document, position: int, short: str,
                     person_at: dict[int, tuple[int, int]]) -> tuple[int, int] | None:
    """The last person named outside quotation marks and boilerplate before an epithet
    ("Wanita yang akrab disapa Ani itu" refers back to her); a "Baca juga" headline naming the
    nickname itself is no one in focus."""
    for back in range(position - 1, max(-1, position - FOCUS_LOOKBACK_TOKENS), -1):
        found = person_at.get(back)
        if found is None:
            continue
        start = document.tokens[found[0]].start
        written = document.text[start:document.tokens[found[1] - 1].end]
        if not document.in_quote_marks(start) and not document.in_boilerplate(start) \
                and written.lower() != short.lower():
            return found
    return None


def _strip_titles(name: str, rules: RuleSet) -> str:
    words = name.split()
    return " ".join(words[leading_titles(words, rules.is_person_title):])


def _add(aliases: dict[str, Alias], short: str, full: str, kind: str) -> None:
    """The first definition wins: an article defines a short form once."""
    key = short.lower()
    if key not in aliases and key != full.lower():
        aliases[key] = Alias(short, full, kind)  # type: ignore[arg-type]


def long_form_around(span: Span, document: Document) -> Alias | None:
    """The organisation whose long form, where the article writes it, holds the mention: a
    speaker cut out of "Pusat Vulkanologi dan Mitigasi Bencana Geologi (PVMBG)" at its connective
    ("Mitigasi Bencana Geologi") is that organisation, named as the article defines it."""
    for alias in document.aliases.values():
        if alias.kind != "organization":
            continue
        bracket = f" ({alias.short})"
        bare = alias.full[:-len(bracket)] if alias.full.endswith(bracket) else alias.full
        if span.end - span.start >= len(bare):
            if _described_long_form(span, (alias.full, bare), document):
                return alias
            continue
        # the last writing that starts at or before the mention reaches furthest
        writings = document.phrase_offsets(bare)
        last = bisect_right(writings, span.start) - 1
        if last >= 0 and span.end <= writings[last] + len(bare):
            return alias
    return None


def _described_long_form(span: Span, forms: tuple[str, ...], document: Document) -> bool:
    """A mention that is the long form after a descriptive head ("Lembaga filantropi Medical
    Emergency Rescue Committee", "Lembaga riset Institute for … (Indef)"): one capitalised head
    and lowercase words that say what kind of body it is; the body is the organisation as the
    article defines it. A capitalised phrase before it ("Juru Bicara …") is a role, not this."""
    written = document.text[span.start:span.end]
    for form in forms:
        if not written.endswith(" " + form):
            continue
        described = written[:-len(form)].split()
        if len(described) >= 2 and described[0][:1].isupper() and all(word.islower() for word in described[1:]):
            return True
    return False


def names_an_organisation(name: str, document: Document) -> bool:
    """A "person" name that is an organisation the article defined: its abbreviation
    ("Satgassus", "Komjak") or words taken from its long form ("Pemberantasan Korupsi",
    "Konstitusi MK")."""
    words = [word.lower() for word in name.replace("(", " ").replace(")", " ").split()]
    if not words:
        return False
    for key, alias in document.aliases.items():
        if alias.kind != "organization":
            continue
        if " ".join(words) == key:
            return True
        long_words = set(alias.full.lower().replace("(", " ").replace(")", " ").split())
        if len(words) >= 2 and all(word in long_words for word in words):
            return True
    return False
