"""Stage 2: named entities (PER, ORG, LOC) with kutip's own Stanza model.

Stanza is fed spaCy's tokens (`tokenize_pretokenized=True`) so that entity offsets map
back to the posted text exactly. The model is loaded once per process; calls are
serialised with a lock because Stanza's Pipeline keeps per-call state and its thread
safety is not documented.
"""

from __future__ import annotations

import json
import logging
import tempfile
import threading
import time
import warnings
from collections import Counter, deque
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from service.deadline import NO_DEADLINE, Deadline, DeadlineExceeded
from service.extraction.document import Document, Entity, Token
from service.extraction.rules import RuleSet
from service.settings import Settings

if TYPE_CHECKING:
    import torch

logger = logging.getLogger(__name__)

MAX_SENTENCE_TOKENS = 200  # longer "sentences" (tables, lists) are cut for the tagger


class FairLock:
    """A lock handed to waiters in arrival order.

    The model serves one call at a time. With a plain lock, a long document's next batch
    usually wins the lock again at once, and short requests queued behind it wait for the
    whole document; handing the lock over first-come first-served lets them in between
    batches.
    """

    def __init__(self) -> None:
        self._guard = threading.Lock()
        self._waiters: deque[threading.Event] = deque()
        self._held = False

    def __enter__(self) -> None:
        with self._guard:
            if not self._held and not self._waiters:
                self._held = True
                return
            turn = threading.Event()
            self._waiters.append(turn)
        turn.wait()  # the releasing thread hands the lock over, still held

    def __exit__(self, *exc_info: object) -> None:
        with self._guard:
            if self._waiters:
                self._waiters.popleft().set()
            else:
                self._held = False


class NERModelError(RuntimeError):
    """The NER model is not configured or cannot be loaded."""


PRECISIONS = ("fp32", "int8")
DYNAMO_DISABLE_CACHE = "__dynamo_disable"  # where torch's _disable_dynamo keeps its wrapped function


@contextmanager
def optimizer_without_dynamo() -> Iterator[None]:
    """Stanza builds an optimizer even for a model that only tags, and torch's Optimizer
    methods import torch._dynamo (about 1 s of a 5 s start) the first time they run, only to
    keep torch.compile out of them. kutip never compiles: while the model loads, each such
    wrapper's cache holds the plain method, so the import does not happen; the caches are
    emptied afterwards, so a later optimizer (training) behaves as torch made it. Where
    torch's layout differs (another version), nothing is changed."""
    import torch

    filled = []
    for method in vars(torch.optim.Optimizer).values():
        plain = getattr(method, "__wrapped__", None)
        code = getattr(method, "__code__", None)
        if callable(plain) and code is not None and Path(code.co_filename).name == "_compile.py" \
                and not hasattr(plain, DYNAMO_DISABLE_CACHE):
            setattr(plain, DYNAMO_DISABLE_CACHE, plain)
            filled.append(plain)
    try:
        yield
    finally:
        for plain in filled:
            delattr(plain, DYNAMO_DISABLE_CACHE)


def quantize_int8(model: torch.nn.Module) -> torch.nn.Module:
    """The model with its LSTM and Linear weights in int8 (dynamic quantization: activations are
    quantized per call), for CPU inference.

    The pinned torch marks `torch.ao.quantization.quantize_dynamic` deprecated; its successor
    (torchao's `quantize_`) is a separate package and quantizes Linear layers only, while most
    of this tagger's time is in its LSTMs. The deprecated call is kept here, in this one place,
    and its warning silenced; tests/test_ner_batching.py checks the layers it converts.
    """
    import torch
    from torch.ao.quantization import quantize_dynamic

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", category=DeprecationWarning)
        warnings.simplefilter("ignore", category=FutureWarning)
        return quantize_dynamic(model, {torch.nn.LSTM, torch.nn.Linear}, dtype=torch.qint8)


class EntityTagger(Protocol):
    """What the pipeline asks of an NER tagger: BIOES tags for pretokenized sentences. The
    Stanza model below is the service's; tests use a markup tagger (tests/markup.py)."""

    model_name: str

    def tag_sentences(self, sentences: list[list[str]]) -> list[list[str]]: ...


class StanzaTagger:
    """kutip's own Stanza NER model, loaded once per process."""

    def __init__(self, model_path: Path | None, pretrain_path: Path | None, batch_size: int = 64,
                 torch_threads: int | None = None, charlm_paths: tuple[Path, Path] | None = None,
                 precision: str = "fp32") -> None:
        """`charlm_paths`: forward and backward character LMs, for a model trained with them;
        `precision`: "int8" quantizes the loaded model's LSTM and Linear layers (faster on CPU)."""
        if precision not in PRECISIONS:
            raise NERModelError(f"unknown NER precision {precision!r}: use one of {', '.join(PRECISIONS)}")
        if model_path is None or pretrain_path is None:
            raise NERModelError("no NER model configured: set KUTIP_NER_MODEL_PATH and KUTIP_NER_PRETRAIN_PATH")
        for path in (model_path, pretrain_path, *(charlm_paths or ())):
            if not Path(path).is_file():
                raise NERModelError(f"NER model file not found: {path}")
        import stanza  # imported here: loading torch is slow and only the service needs it
        import torch
        from stanza.models.common.exceptions import BackwardCharlmNotFoundError, ForwardCharlmNotFoundError

        if torch_threads:
            torch.set_num_threads(torch_threads)

        started = time.perf_counter()
        # Stanza insists on a resources.json in its directory even when nothing is downloaded
        self._resources_dir = tempfile.TemporaryDirectory(prefix="kutip-stanza-")
        Path(self._resources_dir.name, "resources.json").write_text(json.dumps({}))
        charlm_options = {}
        if charlm_paths is not None:
            charlm_options = {"ner_forward_charlm_path": str(charlm_paths[0]),
                              "ner_backward_charlm_path": str(charlm_paths[1])}
        try:
            with optimizer_without_dynamo():
                self.pipeline = stanza.Pipeline(
                    lang="id",
                    dir=self._resources_dir.name,
                    processors="tokenize,ner",
                    tokenize_pretokenized=True,
                    ner_model_path=str(model_path),
                    ner_pretrain_path=str(pretrain_path),
                    ner_batch_size=batch_size,
                    download_method=None,
                    allow_unknown_language=True,
                    use_gpu=False,
                    logging_level="WARN",
                    **charlm_options,
                )
        except Exception as error:
            # Stanza's pipeline turns its own "charlm not found" error into a KeyError when no
            # resources.json lists the language, so look for it along the exception chain
            cause: BaseException | None = error
            while cause is not None and not isinstance(cause, (ForwardCharlmNotFoundError,
                                                               BackwardCharlmNotFoundError)):
                cause = cause.__cause__ or cause.__context__
            if cause is None:
                raise
            raise NERModelError(
                f"{model_path} was trained with character LMs: set KUTIP_NER_FORWARD_CHARLM_PATH and "
                f"KUTIP_NER_BACKWARD_CHARLM_PATH ({cause})"
            ) from error
        if precision == "int8":
            for trainer in self.pipeline.processors["ner"].trainers:
                trainer.model = quantize_int8(trainer.model)
        self.precision = precision
        # fp32 tags of a sentence do not depend on the sentences in its batch; int8 ones may
        # (dynamic quantization scales each batch's activations by that batch's range), so
        # in int8 documents are tagged one at a time and keep their one-at-a-time tags
        self.batch_invariant = precision == "fp32"
        # int8 tags differ from fp32 ones now and then: the response's meta.model says which ran
        self.model_name = Path(model_path).name + ("" if precision == "fp32" else f"+{precision}")
        self.load_seconds = time.perf_counter() - started
        self._lock = FairLock()
        logger.info("NER model loaded", extra={"model": self.model_name, "precision": precision,
                                               "seconds": round(self.load_seconds, 2)})

    @classmethod
    def from_settings(cls, settings: Settings) -> StanzaTagger:
        charlm_paths = None
        if settings.ner_forward_charlm_path is not None or settings.ner_backward_charlm_path is not None:
            if settings.ner_forward_charlm_path is None or settings.ner_backward_charlm_path is None:
                raise NERModelError("set both KUTIP_NER_FORWARD_CHARLM_PATH and KUTIP_NER_BACKWARD_CHARLM_PATH")
            charlm_paths = (settings.ner_forward_charlm_path, settings.ner_backward_charlm_path)
        return cls(settings.ner_model_path, settings.ner_pretrain_path, settings.ner_batch_size,
                   settings.torch_threads, charlm_paths, settings.ner_precision)

    def tag_sentences(self, sentences: list[list[str]]) -> list[list[str]]:
        """BIOES tags for each token of each pretokenized sentence."""
        if not sentences:
            return []
        with self._lock:
            result = self.pipeline(sentences)
        return [[token.ner for token in sentence.tokens] for sentence in result.sentences]


def sentence_token_groups(document: Document) -> list[list[Token]]:
    groups: list[list[Token]] = []
    index = 0
    tokens = document.tokens
    for sentence in document.sentences:
        group: list[Token] = []
        while index < len(tokens) and tokens[index].start < sentence.end:
            if tokens[index].start >= sentence.start:
                group.append(tokens[index])
            index += 1
        for offset in range(0, len(group), MAX_SENTENCE_TOKENS):
            groups.append(group[offset:offset + MAX_SENTENCE_TOKENS])
    return [group for group in groups if group]


def tag_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """(first token, last token + 1, label) of each entity in BIOES or BIO tags.

    A broken sequence (an I- or E- without its B-) still yields its pieces.
    """
    spans: list[tuple[int, int, str]] = []
    first: int | None = None
    label = ""
    for position, tag in enumerate(tags):
        prefix, _, kind = tag.partition("-")
        starts_new = prefix in ("B", "S") or (prefix in ("I", "E") and (first is None or kind != label))
        if (starts_new or prefix == "O" or not kind) and first is not None:
            spans.append((first, position, label))
            first = None
        if starts_new:
            first, label = position, kind
        if first is not None and prefix in ("S", "E"):
            spans.append((first, position + 1, label))
            first = None
    if first is not None:
        spans.append((first, len(tags), label))
    return spans


def trim_person_titles(words: list[str], spans: list[tuple[int, int, str]],
                       rules: RuleSet) -> list[tuple[int, int, str]]:
    """Move a PER entity's start past titles the model swallowed: "Menhub Ignasius Jonan".

    The corpora the model learnt from mark names without titles, but titles before names
    are capitalised in news and unseen abbreviations (Menhub, Mensesneg) look like names.
    Words that are also given names (rules: `also_given_names`, e.g. Putri) are kept.
    """
    trimmed = []
    for first, end, label in spans:
        if label == "PER":
            while first < end - 1 and rules.is_person_title(words[first]):
                first += 1
        trimmed.append((first, end, label))
    return trimmed


MIN_WORDS_WITH_AN_INSTITUTION = 3  # "Bulog Rizal Ramdhani": the institution's word and a two-word name


def split_institution_from_person(words: list[str], spans: list[tuple[int, int, str]],
                                  rules: RuleSet) -> list[tuple[int, int, str]]:
    """Move a PER entity's start past the institution named right after a head-of role:
    "Kepala [Bulog Rizal Ramdhani]" -> "Kepala Bulog [Rizal Ramdhani]".

    Such a role noun (`institution_role_heads`) is always followed by its institution, never
    directly by a person, and the model, seeing a run of capitalised words, tags them all as
    one name. Only runs of three words or more are cut, so that a two-word name stays whole.
    """
    split = []
    for first, end, label in spans:
        if label == "PER" and first > 0 and end - first >= MIN_WORDS_WITH_AN_INSTITUTION \
                and words[first - 1].lower() in rules.institution_role_heads \
                and words[first].lower() not in rules.also_given_names:
            first += 1
        split.append((first, end, label))
    return split


def relabel_institution_people(words: list[str], spans: list[tuple[int, int, str]],
                               rules: RuleSet) -> list[tuple[int, int, str]]:
    """A PER entity made only of institution words ("NATO", "KPK") is an organisation.

    Short all-capital acronyms look like names to the model; the rules already list the
    words that head organisation names (`institution_heads`), and none of them is a
    person's whole name. Person acronyms (SBY, AHY) are not listed and stay PER.
    """
    return [
        (first, end, "ORG") if label == "PER" and (all(
            word.lower().rstrip(".") in rules.institution_heads for word in words[first:end])
            or (end - first >= MIN_ORGANISATION_NAME_WORDS and words[first].lower() in rules.institution_heads
                and words[first].lower() not in rules.also_given_names))
        else (first, end, label)
        for first, end, label in spans
    ]


MIN_ORGANISATION_NAME_WORDS = 2  # "Forum Purnawirawan", "Masyarakat Papua Peduli Demokrasi"


def entity_token_spans(words: list[str], tags: list[str], rules: RuleSet | None) -> list[tuple[int, int, str]]:
    """Token spans of the entities as the NER stage reports them.

    With rules: institution-only PER relabelled ORG, PER after a place cue relabelled LOC,
    then titles trimmed from PER, then an institution's word after a head-of role.
    """
    spans = tag_spans(tags)
    if rules is None:
        return spans
    relabelled = relabel_places(words, relabel_institution_people(words, spans, rules), rules)
    return split_institution_from_person(words, trim_person_titles(words, relabelled, rules), rules)


def decode_entities(tokens: list[Token], tags: list[str], rules: RuleSet | None = None) -> list[Entity]:
    """Entities from BIOES (or BIO) tags, with titles trimmed from PER when rules are given."""
    spans = entity_token_spans([token.text for token in tokens], tags, rules)
    return [Entity(tokens[first].start, tokens[end - 1].end, label) for first, end, label in spans]


def relabel_places(words: list[str], spans: list[tuple[int, int, str]],
                   rules: RuleSet) -> list[tuple[int, int, str]]:
    """A PER entity right after a place preposition or head ("di Isfahan", "ke Bahrain",
    "Pulau Manuran") is a place: a person is not "in" or "to" a bare name. A cue word that is
    itself part of another entity ("… Penerimaan Negara Yudi Purnomo") or of an office ("Wali
    Kota Karen Bass", "Kepala Desa Budi") does not count. A PER entity headed by a place word
    ("Samudera Atlantik", "Pulau Gag") is a place too."""
    covered = {position for first, end, _ in spans for position in range(first, end)}
    return [
        (first, end, "LOC") if label == "PER" and (
            (first > 0 and words[first - 1].lower() in rules.place_cues and first - 1 not in covered
             and not (first > 1 and rules.is_title_or_role(words[first - 2])))
            or (end - first > 1 and words[first].lower() in rules.place_heads))
        else (first, end, label)
        for first, end, label in spans
    ]


def one_sense_per_article(document: Document, entities: list[Entity]) -> list[Entity]:
    """One label per name in an article: a name tagged PER in one sentence and LOC or ORG
    at least as often elsewhere ("Kadin", "Bahrain", "Garda Nasional") takes the other label.

    Decisions of a sentence-level tagger disagree across an article; the article's majority
    is the better guess (Gale, Church & Yarowsky 1992, "one sense per discourse").
    """
    votes: dict[str, Counter[str]] = {}
    for entity in entities:
        votes.setdefault(document.text[entity.start:entity.end], Counter())[entity.label] += 1
    relabelled = []
    for entity in entities:
        counts = votes[document.text[entity.start:entity.end]]
        if entity.label == "PER" and len(counts) > 1:
            other, other_count = max(((label, count) for label, count in counts.items() if label != "PER"),
                                     key=lambda item: item[1])
            if other_count >= counts["PER"]:
                entity = Entity(entity.start, entity.end, other)
        relabelled.append(entity)
    return relabelled


def people_cut_from_organisations(document: Document, entities: list[Entity], rules: RuleSet) -> list[Entity]:
    """The model runs an office and its holder into one ORG or LOC ("Direktur [Retail Banking
    BNI Tambok Setyawati]"); where the article names the holder by one word alone as a person
    ("ujar Tambok"), never as a place or organisation, the name is cut from the entity's end:
    from that word when it also opens a person's name (a given name) or, for a word that never
    does (a surname) and ends the entity, from the one given name before it, unless that word
    is a place or a common word ("Provinsi Sumatra Barat Burhasman").
    Rule names.person_in_organisation (rules/names.yml)."""
    places = {document.text[e.start:e.end].lower() for e in entities if e.label in ("LOC", "ORG")
              and " " not in document.text[e.start:e.end]}
    alone = {document.text[e.start:e.end].lower() for e in entities if e.label == "PER"
             and " " not in document.text[e.start:e.end]} - places
    openers = {document.text[e.start:e.end].split()[0].lower() for e in entities if e.label == "PER"
               and " " in document.text[e.start:e.end]}
    given = alone & openers
    surnames = alone - openers
    repaired: list[Entity] = []
    for entity in entities:
        tokens = document.tokens_between(entity.start, entity.end) if entity.label in ("LOC", "ORG") else []
        cut = _name_start_in(tokens, given, surnames, places, rules, document) if len(tokens) > 1 else None
        if cut is None:
            repaired.append(entity)
            continue
        repaired.append(Entity(entity.start, tokens[cut - 1].end, entity.label))
        repaired.append(Entity(tokens[cut].start, entity.end, "PER"))
    return repaired


def _name_start_in(tokens: list[Token], given: set[str], surnames: set[str], places: set[str],
                   rules: RuleSet, document: Document) -> int | None:
    """Where a person's name starts in an organisation's tokens, if one ends them."""
    longest = rules.names.person_in_organisation.max_name_words
    for position in range(max(1, len(tokens) - longest), len(tokens)):
        tail = tokens[position:]
        if not all(_name_like(t.text, rules) for t in tail):
            continue
        word = tokens[position].text.lower()
        if word in given or (word in surnames and position < len(tokens) - 1):
            return position
        if word in surnames:
            return position - 1 if position > 1 and _given_name_before(tokens[position - 1], word, places, rules, \
                                                                        document) else position
    return None


def _given_name_before(token: Token, surname: str, places: set[str], rules: RuleSet, document: Document) -> bool:
    """Whether the word before a surname is its given name: a name-like word that is no place,
    acronym or common word, and that the article writes nowhere but before that surname
    ("Sumatra Barat Burhasman": "Barat" also stands in "Jawa Barat")."""
    lower = token.text.lower()
    if not _name_like(token.text, rules) or token.text.isupper() or lower in places or lower in rules.place_words \
            or lower in rules.common_words:
        return False
    tokens = document.tokens
    return all(position + 1 < len(tokens) and tokens[position + 1].text.lower() == surname
               for position, other in enumerate(tokens) if other.text.lower() == lower)


def given_names_left_out(document: Document, entities: list[Entity], rules: RuleSet) -> list[Entity]:
    """The model leaves the given name out of a full name after an office's acronym ("OJK
    Deden [Firman Hendarsyah]", or tags it apart: "[Deden] [Firman Hendarsyah]") and tags it
    alone elsewhere ("Deden menegaskan"): a PER of two words or more takes in the capitalised
    word one space before it, untagged or a one-word PER, when the article tags that word
    alone as a person, and it is no place, acronym, common word, title or role.
    Rule names.given_name_left_out (rules/names.yml)."""
    alone = {document.text[e.start:e.end] for e in entities if e.label == "PER" and " " not in
             document.text[e.start:e.end].strip()}
    if not alone:
        return entities
    tagged = {e.start: e for e in entities}
    repaired: list[Entity] = []
    for entity in entities:
        words = document.text[entity.start:entity.end].split()
        before = _token_before(document, entity.start) if entity.label == "PER" and len(words) > 1 else None
        own = tagged.get(before.start) if before is not None else None
        if before is not None and before.text in alone and before.text not in words \
                and (own is None or (own.label == "PER" and own.end == before.end)) \
                and _name_like(before.text, rules) and not before.text.isupper() \
                and before.text.lower() not in rules.place_words and before.text.lower() not in rules.common_words \
                and document.text[before.end:entity.start] == " ":
            if own is not None and repaired and repaired[-1] is own:
                repaired.pop()  # the given name tagged apart, right before: one name
            entity = Entity(before.start, entity.end, "PER")
        repaired.append(entity)
    return repaired


def _token_before(document: Document, offset: int) -> Token | None:
    tokens = document.tokens_between(max(0, offset - 40), offset)
    return tokens[-1] if tokens and tokens[-1].end <= offset else None


def _name_like(word: str, rules: RuleSet) -> bool:
    """A word that can be part of a person's name: capitalised, letters only (an initial "P"
    too), neither an institution head nor a title or role."""
    lower = word.lower()
    return word[:1].isupper() and word.isalpha() and lower not in rules.institution_heads \
        and not rules.is_title_or_role(word)


def join_hyphenated_people(document: Document, entities: list[Entity]) -> list[Entity]:
    """Two PER pieces joined by a hyphen with no spaces are one name ("Alexander-Arnold",
    "Wei-ming"): the tokenizer splits at the hyphen and the tagger may label the pieces apart."""
    joined: list[Entity] = []
    for entity in entities:
        previous = joined[-1] if joined else None
        if previous is not None and previous.label == entity.label == "PER" \
                and document.text[previous.end:entity.start] == "-":
            joined[-1] = Entity(previous.start, entity.end, "PER")
        else:
            joined.append(entity)
    return joined


TOKENS_PER_DEADLINE_CHECK = 2048  # tokens per model call: a look at the clock, a turn for other requests

MAX_REPEATED_MARKS = 2  # a run of one punctuation mark longer than this is never part of an entity


def tagger_input(group: list[Token]) -> list[Token]:
    """The tokens of a sentence worth tagging: none when no token has a letter (no entity can
    be there), and runs of one repeated mark cut short ("!!!!…", a quote-mark bomb). The
    model's cost is per token; these tokens would cost the most and can never be tagged."""
    if not any(character.isalpha() for token in group for character in token.text):
        return []
    kept: list[Token] = []
    for token in group:
        if len(kept) >= MAX_REPEATED_MARKS and not any(character.isalnum() for character in token.text) \
                and all(previous.text == token.text for previous in kept[-MAX_REPEATED_MARKS:]):
            continue
        kept.append(token)
    return kept


def tagging_groups(document: Document) -> list[list[Token]]:
    """The document's sentences as the tagger reads them (see `tagger_input`), empty ones left out."""
    groups = [tagger_input(group) for group in sentence_token_groups(document)]
    return [group for group in groups if group]


def _words(group: list[Token]) -> tuple[str, ...]:
    return tuple(token.text for token in group)


def tag_documents(tagger: EntityTagger, documents: list[list[list[Token]]],
                  deadlines: list[Deadline]) -> list[list[list[str]] | None]:
    """Tags of each document's sentence groups, the sentences of all documents tagged together:
    None for a document whose deadline passed before all its sentences were tagged.

    The model reads one sentence at a time, so a sentence repeated word for word (in one
    document or across several) gets the same tags: each distinct one is tagged once
    (repetition is how adversarial input gets long). Model calls hold at most about
    TOKENS_PER_DEADLINE_CHECK tokens, in document order, and before each call the deadlines
    of the documents it serves are checked: a late document's sentences are dropped, the
    others go on. In fp32 a sentence's tags do not depend on the sentences tagged beside it,
    so the result is the same as one document at a time (tests/test_ner_batching.py).
    """
    distinct: dict[tuple[str, ...], int] = {}
    owners: list[set[int]] = []
    for number, groups in enumerate(documents):
        for group in groups:
            index = distinct.setdefault(_words(group), len(distinct))
            if index == len(owners):
                owners.append(set())
            owners[index].add(number)
    unique_words = [list(words) for words in distinct]
    unique_tags: list[list[str] | None] = [None] * len(unique_words)
    late: set[int] = set()
    position = 0
    while position < len(unique_words):
        batch: list[int] = []
        size = 0
        while position < len(unique_words) and size < TOKENS_PER_DEADLINE_CHECK:
            batch.append(position)
            size += len(unique_words[position])
            position += 1
        for number in set().union(*(owners[index] for index in batch)) - late:
            if deadlines[number].expired():
                late.add(number)
        batch = [index for index in batch if owners[index] - late]
        if batch:
            for index, tags in zip(batch, tagger.tag_sentences([unique_words[index] for index in batch]), strict=True):
                unique_tags[index] = tags
    results: list[list[list[str]] | None] = []
    for number, groups in enumerate(documents):
        document_tags = [unique_tags[distinct[_words(group)]] for group in groups]
        results.append(None if number in late else [tags for tags in document_tags if tags is not None])
    return results


def set_entities(document: Document, groups: list[list[Token]], tags: list[list[str]],
                 rules: RuleSet | None = None) -> None:
    """The document's entities from its groups' tags: decoded, hyphenated names joined, and
    with rules one label per name per article."""
    entities: list[Entity] = []
    for group, group_tags in zip(groups, tags, strict=True):
        entities.extend(decode_entities(group, group_tags, rules))
    entities = join_hyphenated_people(document, entities)
    if rules is not None:
        entities = people_cut_from_organisations(document, one_sense_per_article(document, entities), rules)
        entities = given_names_left_out(document, entities, rules)
    document.entities = entities


def find_entities(document: Document, tagger: EntityTagger, rules: RuleSet | None = None,
                  deadline: Deadline = NO_DEADLINE) -> None:
    """One document's entities (raises DeadlineExceeded when its deadline passes while tagging)."""
    groups = tagging_groups(document)
    tags = tag_documents(tagger, [groups], [deadline])[0]
    if tags is None:
        deadline.check()
        raise DeadlineExceeded("extraction ran past its budget while tagging")
    set_entities(document, groups, tags, rules)
