"""Stage 2: named entities (PER, ORG, LOC) with kutip's own Stanza model.

Stanza's Pipeline loads the model; sentences are then fed to the model directly as
kutip's own tokens (`ner_batches.DirectNERModel`: the same tags as the Pipeline with
`tokenize_pretokenized=True`, without building a Stanza Document; a model of another kind,
with character LMs, still goes through the Pipeline), so entity offsets map
back to the posted text exactly. The model is loaded once per process; calls are
serialised with a lock because the model's thread safety is not documented.
"""

from __future__ import annotations

import json
import logging
import tempfile
import threading
import time
import warnings
from bisect import bisect_left
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import islice
from operator import eq
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from service.deadline import NO_DEADLINE, Deadline, DeadlineExceeded
from service.extraction.document import Document, Entity, Token
from service.extraction.entity_repairs import (
    decode_entities,
    full_names_opened_by_people,
    given_names_after_acronyms,
    given_names_capitalised_mid_sentence,
    given_names_closing_places,
    given_names_in_apposition,
    given_names_left_out,
    given_names_written_alone,
    holders_after_office_acronyms,
    institutions_inside_names,
    join_hyphenated_people,
    name_prefixes_left_out,
    names_in_full_in_apposition,
    names_the_article_gives_people,
    nouns_opening_names_cut,
    offices_before_ranks,
    offices_opening_names,
    one_sense_per_article,
    ordinary_words_opening_sentences_untagged,
    organisation_words_opening_names,
    organisations_split_before_names,
    organisations_written_alone_opening_names,
    people_after_legal_forms,
    people_after_named_organisations,
    people_cut_from_affiliations,
    people_cut_from_organisations,
    people_given_an_age,
    people_named_in_full_elsewhere,
    people_opened_by_ranks,
    places_in_speaker_slots,
    places_named_after_a_head,
    surnames_tagged_organisations,
)
from service.extraction.ner_batches import CharacterRepresentations, DirectNERModel
from service.extraction.rules import RuleSet
from service.settings import Settings

if TYPE_CHECKING:
    import torch

logger = logging.getLogger(__name__)

MAX_SENTENCE_TOKENS = 200  # longer "sentences" (tables, lists) are cut for the tagger
# fp32: a model batch holds up to this many tokens instead of `ner_batch_size` sentences (a
# call of `tag_documents`, about TOKENS_PER_DEADLINE_CHECK tokens, is then one batch)
BATCH_TOKENS = 4096


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
        processor = self.pipeline.processors["ner"]
        self.direct: DirectNERModel | None = None
        if len(processor.trainers) == 1 and DirectNERModel.covers(processor.trainers[0]):
            self.direct = DirectNERModel(processor.trainers[0], processor.configs[0]["batch_size"])
        self.precision = precision
        # fp32 tags of a sentence do not depend on the sentences in its batch; int8 ones may
        # (dynamic quantization scales each batch's activations by that batch's range), so
        # in int8 documents are tagged one at a time and keep their one-at-a-time tags; for the
        # same reason only fp32 keeps each word's character representation between calls
        self.batch_invariant = precision == "fp32"
        if self.direct is not None and self.batch_invariant:
            self.direct.batch_tokens = BATCH_TOKENS
            self.direct.representations = CharacterRepresentations()
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
            if self.direct is not None:
                return self.direct.tag(sentences)
            result = self.pipeline(sentences)
        return [[token.ner for token in sentence.tokens] for sentence in result.sentences]


def sentence_token_groups(document: Document) -> list[list[Token]]:
    """Each sentence's tokens, cut into groups of at most MAX_SENTENCE_TOKENS. The tokens not
    yet taken that start before a sentence's end are its own from its start on: two binary
    searches and a slice per sentence, not a step per token."""
    groups: list[list[Token]] = []
    index = 0
    tokens = document.tokens
    starts = [token.start for token in tokens]
    for sentence in document.sentences:
        end = max(index, bisect_left(starts, sentence.end))
        group = tokens[max(index, bisect_left(starts, sentence.start)):end]
        index = end
        for offset in range(0, len(group), MAX_SENTENCE_TOKENS):
            groups.append(group[offset:offset + MAX_SENTENCE_TOKENS])
    return [group for group in groups if group]


TOKENS_PER_DEADLINE_CHECK = 2048  # tokens per model call: a look at the clock, a turn for other requests

MAX_REPEATED_MARKS = 2  # a run of one punctuation mark longer than this is never part of an entity


def tagger_input(group: list[Token]) -> list[Token]:
    """The tokens of a sentence worth tagging: none when no token has a letter (no entity can
    be there), and runs of one repeated mark cut short ("!!!!…", a quote-mark bomb). The
    model's cost is per token; these tokens would cost the most and can never be tagged.
    The cheap test (the same text as the token before) is asked first: most tokens fail it, and
    a sentence where no token repeats the one before it (most) is kept whole at once, its
    texts compared pairwise in C."""
    if not any(character.isalpha() for token in group for character in token.text):
        return []
    texts = [token.text for token in group]
    if not any(map(eq, texts, islice(texts, 1, None))):
        return list(group)  # no run of one repeated text: nothing to cut
    kept: list[Token] = []
    for token in group:
        if len(kept) >= MAX_REPEATED_MARKS and token.text == kept[-1].text \
                and all(previous.text == token.text for previous in kept[-MAX_REPEATED_MARKS:]) \
                and not any(character.isalnum() for character in token.text):
            continue
        kept.append(token)
    return kept


def tagging_groups(document: Document) -> list[list[Token]]:
    """The document's sentences as the tagger reads them (see `tagger_input`), empty ones left out."""
    groups = [tagger_input(group) for group in sentence_token_groups(document)]
    return [group for group in groups if group]


def _words(group: list[Token]) -> tuple[str, ...]:
    return tuple([token.text for token in group])  # a list first: no generator step per token


def tag_documents(tagger: EntityTagger, documents: list[list[list[Token]]],
                  deadlines: list[Deadline]) -> list[list[list[str]] | None]:
    """Tags of each document's sentence groups, the sentences of all documents tagged together:
    None for a document whose deadline passed before all its sentences were tagged.

    The model reads one sentence at a time, so a sentence repeated word for word (in one
    document or across several) gets the same tags: each distinct one is tagged once
    (repetition is how adversarial input gets long). Model calls hold at most about
    TOKENS_PER_DEADLINE_CHECK tokens, and before each call the deadlines of the documents it
    serves are checked: a late document's sentences are dropped, the others go on. In fp32 a
    sentence's tags do not depend on the sentences tagged beside it, so the result is the same
    as one document at a time (tests/test_ner_batching.py); there the sentences of all the
    documents go to the model shortest first, so that each call (one model batch, see
    BATCH_TOKENS) holds sentences of about one length: the model's LSTMs step through a batch
    up to its longest sentence. Sorting each call of document order alone left short and long
    sentences in every call of a group. In int8 the order is the documents'.
    """
    distinct: dict[tuple[str, ...], int] = {}
    owners: list[set[int]] = []
    group_indexes: list[list[int]] = []  # each document's groups as indexes into `distinct`, read once
    for number, groups in enumerate(documents):
        group_indexes.append([])
        for group in groups:
            index = distinct.setdefault(_words(group), len(distinct))
            group_indexes[number].append(index)
            if index == len(owners):
                owners.append(set())
            owners[index].add(number)
    unique_words = [list(words) for words in distinct]
    unique_tags: list[list[str] | None] = [None] * len(unique_words)
    order = list(range(len(unique_words)))
    if getattr(tagger, "batch_invariant", True):
        order.sort(key=lambda index: len(unique_words[index]))
    late: set[int] = set()
    position = 0
    while position < len(order):
        batch: list[int] = []
        size = 0
        while position < len(order) and size < TOKENS_PER_DEADLINE_CHECK:
            batch.append(order[position])
            size += len(unique_words[order[position]])
            position += 1
        for number in set().union(*(owners[index] for index in batch)) - late:
            if deadlines[number].expired():
                late.add(number)
        batch = [index for index in batch if owners[index] - late]
        if batch:
            for index, tags in zip(batch, tagger.tag_sentences([unique_words[index] for index in batch]), strict=True):
                unique_tags[index] = tags
    results: list[list[list[str]] | None] = []
    for number, indexes in enumerate(group_indexes):
        document_tags = [unique_tags[index] for index in indexes]
        results.append(None if number in late else [tags for tags in document_tags if tags is not None])
    return results


def set_entities(document: Document, groups: list[list[Token]], tags: list[list[str]],
                 rules: RuleSet | None = None) -> None:
    """The document's entities from its groups' tags: decoded, hyphenated names joined, and
    with rules one label per name per article."""
    entities: list[Entity] = []
    for group, group_tags in zip(groups, tags, strict=True):
        entities.extend(decode_entities(group, group_tags, rules))
    entities = join_hyphenated_people(document, entities, rules)
    if rules is not None:
        entities = places_named_after_a_head(document, one_sense_per_article(document, entities), rules)
        entities = given_names_capitalised_mid_sentence(document, entities, rules)
        entities = people_opened_by_ranks(document, entities, rules)
        entities = offices_before_ranks(document, entities, rules)
        entities = people_cut_from_organisations(document, entities, rules)
        entities = people_named_in_full_elsewhere(document, people_after_legal_forms(document, entities, rules), rules)
        entities = people_given_an_age(document, entities, rules)
        entities = people_cut_from_affiliations(document, entities, rules)
        entities = people_after_named_organisations(document, entities, rules)
        entities = holders_after_office_acronyms(document, entities, rules)
        entities = organisation_words_opening_names(document, entities, rules)
        entities = organisations_split_before_names(document, entities, rules)
        entities = institutions_inside_names(document, entities, rules)
        entities = organisations_written_alone_opening_names(document, entities, rules)
        entities = offices_opening_names(document, entities, rules)
        entities = name_prefixes_left_out(document, given_names_left_out(document, entities, rules), rules)
        entities = names_in_full_in_apposition(document, entities, rules)
        entities = given_names_in_apposition(document, entities, rules)
        entities = given_names_after_acronyms(document, entities, rules)
        entities = given_names_closing_places(document, entities, rules)
        entities = given_names_written_alone(document, entities, rules)
        entities = surnames_tagged_organisations(document, entities, rules)
        entities = full_names_opened_by_people(document, names_the_article_gives_people(document, entities, rules),
                                               rules)
        entities = places_in_speaker_slots(document, entities, rules)
        entities = ordinary_words_opening_sentences_untagged(
            document, nouns_opening_names_cut(document, entities, rules), rules)
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
