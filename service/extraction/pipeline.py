"""The kutip pipeline: the order of the stages, stated once, with what each reads and writes.

stage            module           reads                                   writes
hygiene          hygiene          text                                    repairs: an offset map of damage (glued
                                                                          sentence ends, trailing credits, duplicated
                                                                          paragraphs); the text is never changed
tokenize         tokenization     text, repairs (glued sentence starts,   tokens, sentences, paragraphs
                                  glued words)
boilerplate      tokenization     tokens, sentences, repairs (credits,    boilerplate; sentences (one starts where
                                  bracketed "read more" titles)         an article sentence glued after a "read
                                                                          more" title visibly starts)
entities         ner              tokens, sentences                       entities (PER/ORG/LOC; titles trimmed,
                                                                          places and institutions relabelled,
                                                                          one label per name per article)
quote marks      direct_quotes    text, paragraphs                        quote_marks
aliases          aliases          tokens, entities, quote_marks           aliases (Zulhas -> Zulkifli Hasan,
                                                                          MA -> Mahkamah Agung (MA))
attribution      attribution      all of the above                        quotes (type, spans, cue, speaker
                                                                          mention, rule, confidence)
false quotes     false_quotes     quotes, text, the false_quotes rules    quotes (candidates that are no speech
                                                                          removed), rejected (each with the id
                                                                          of its reason)
speakers         speakers         quotes, entities, aliases, the speaker  quotes[].speaker.name/antecedent/rule:
                 (coreference,    ranker                                  named generators propose candidates
                 salience)                                                (clitic and pronoun antecedents, role
                                                                          holders, the previous quote, ...), the
                                                                          ranker (RuleRanker: the rules) chooses;
                                                                          continuation quotes get rule
                                                                          "direct.carry" and its confidence;
                                                                          quotes[].people_in_focus (how many
                                                                          the salience model holds there)
people           people           quotes, entities, aliases, the alias    people; quotes[].speaker.name (canonical)
                                  book (rules/aliases.yml)                and person_key
people check     people_check     people, quotes, entities, the people    people[].kind `other` and rule
                                  model (models/people/)                  people.model_rejected for entries that
                                                                          are no person of the article (never
                                                                          removed); when a clitic, pronoun, role
                                                                          or carry was resolved to one, speakers,
                                                                          people and the check run once more with
                                                                          its mentions out of focus (also when a
                                                                          rejected cue name closes an apposition
                                                                          to a person's name: that person speaks,
                                                                          speaker.apposed_head)
confidence       confidence       quotes, people, entities, sentences,    quotes[].confidence (P(row right), by the
                                  boilerplate, the confidence model       trained model); the rules' value moves to
                                  (models/confidence/)                    quotes[].rule_confidence
response         schemas          the document                            JSON

One TextIndex (token and entity lookups by offset) is built after the aliases stage and
shared by the stages after it: the tokens, entities and aliases it indexes no longer change.
The Document keeps per-document indexes of its own, each built on first use and read by every
stage after the one that fills what it indexes (a stage reads them, never rescans):
  token_starts, lowered_tokens, tokens_with_text,   tokens (tokenize): start offsets, lowercase
  tokens_with_lowered_text, tokens_by_text,         texts, the tokens written with each text
  tokens_with_texts, tokens_with_lowered_texts      (as written, and in lowercase); tokens_by_text
                                                    is the whole by-text dict, for a stage that
                                                    decides once per distinct word (the cue scan,
                                                    initials, the lowercase-word sets); the two
                                                    plurals give a word list's tokens in text
                                                    order (alias openers, subject pronouns)
  sentence_of, paragraph_of, in_boilerplate          sentences, paragraphs, boilerplate
  in_quote_marks, quote_marks_overlap,               quote_marks (quote marks)
  tokens_in_quote_marks_or_boilerplate
  writes_any_between                                 text: the sorted offsets of a set of characters
                                                     (the quotation marks a cue's clause may hold)
  phrase_offsets                                     text: where it writes a phrase (an
                                                     organisation's long form a speaker may sit in)
"""

from __future__ import annotations

import gc
import time
from dataclasses import dataclass, replace
from pathlib import Path

from spacy.language import Language

from service import schemas
from service.deadline import NO_DEADLINE, Deadline, DeadlineExceeded
from service.extraction.aliases import find_aliases
from service.extraction.attribution import attribute_quotes
from service.extraction.confidence import QuoteScorer, RuleConfidence, load_quote_scorer
from service.extraction.direct_quotes import find_quote_marks
from service.extraction.document import Document, Span, Speaker, Token
from service.extraction.false_quotes import filter_false_quotes
from service.extraction.hygiene import boilerplate_spans, find_repairs, sentence_joins, sentence_starts, token_cuts
from service.extraction.known_names import AliasBook, load_alias_book
from service.extraction.mentions import TextIndex
from service.extraction.ner import EntityTagger, StanzaTagger, set_entities, tag_documents, tagging_groups
from service.extraction.people import canonicalise_people
from service.extraction.people_check import NoPeopleCheck, PeopleCheck, load_people_check, resolved_to_rejected
from service.extraction.rules import RuleSet, load_rules
from service.extraction.speaker_ranker import TrainedRanker
from service.extraction.speakers import RuleRanker, SpeakerRanker, candidate_rows, choose_speakers
from service.extraction.tokenization import (
    TitleLowercase,
    build_glue_pattern,
    build_tokenizer,
    mark_boilerplate,
    tokenize,
)
from service.settings import Settings

SCHEMA_VERSION = "1"

# Allocations of container objects (less deallocations) between two collections of the
# cyclic garbage collector's youngest generation; Python's default is 700. An article's
# stages make and drop a few hundred thousand short-lived objects (tokens, spans, feature
# dicts, the response), nearly all freed by their reference counts: at 700 the collector ran
# about 450 times over the 316 articles of dev, dev2 and train3 and took 10-18 % of the rule
# layer's time, most of it in the few full collections those many young collections trigger.
YOUNG_GENERATION_ALLOCATIONS = 10_000


def load_speaker_ranker(settings: Settings) -> SpeakerRanker:
    """The rules' ranker, or the trained one read once from its JSON (KUTIP_SPEAKER_RANKER)."""
    if settings.speaker_ranker == "trained":
        return TrainedRanker.load(settings.speaker_ranker_model_path)
    return RuleRanker()


def settle_garbage_collector() -> None:
    """Once the models are loaded: the model, vocabularies and rules live as long as the
    process, so they are moved out of the cyclic garbage collector's reach (a collection
    triggered while extracting a long text walked them all: extraction time jumped with input
    size), and the youngest generation is collected every YOUNG_GENERATION_ALLOCATIONS
    allocations rather than every 700 (the older generations' ratios are Python's)."""
    gc.collect()
    gc.freeze()
    _, middle, oldest = gc.get_threshold()
    gc.set_threshold(YOUNG_GENERATION_ALLOCATIONS, middle, oldest)


class Extractor:
    """Holds the loaded models and rules; one per process, shared by API and CLI."""

    def __init__(self, rules: RuleSet, tagger: EntityTagger, tokenizer: Language | None = None,
                 known_names: AliasBook | None = None, quote_scorer: QuoteScorer | None = None,
                 speaker_ranker: SpeakerRanker | None = None, people_check: PeopleCheck | None = None) -> None:
        self.rules = rules
        self.tagger = tagger
        self.tokenizer = tokenizer or build_tokenizer()
        self.glue_pattern = build_glue_pattern(sorted(rules.reporting_verbs))
        self.title_lowercase = TitleLowercase(frozenset(rules.quotes.title_lowercase_words),
                                              rules.quotes.title_min_capitalised_words, rules.common_words)
        self.known_names = known_names or AliasBook.empty()
        self.quote_scorer: QuoteScorer = quote_scorer or RuleConfidence()
        self.speaker_ranker: SpeakerRanker = speaker_ranker or RuleRanker()
        self.people_check: PeopleCheck = people_check or NoPeopleCheck()

    @classmethod
    def from_settings(cls, settings: Settings) -> Extractor:
        rules = load_rules(Path(settings.rules_dir))
        tagger = StanzaTagger.from_settings(settings)
        extractor = cls(rules, tagger, known_names=load_alias_book(settings.aliases_path, rules),
                        quote_scorer=load_quote_scorer(settings.confidence_model_path),
                        speaker_ranker=load_speaker_ranker(settings),
                        people_check=load_people_check(settings.people_model_path))
        settle_garbage_collector()
        return extractor

    @property
    def model_name(self) -> str:
        return self.tagger.model_name

    @property
    def rules_version(self) -> str:
        """The rule files' version, the alias book's when one is loaded (both decide names), the
        confidence model's, the speaker ranker's and the people check's when they are not the
        rules': the store's
        "unchanged" check compares it."""
        parts = [self.rules.version]
        if self.known_names.canonical:
            parts.append(self.known_names.version)
        if self.quote_scorer.version != RuleConfidence.version:
            parts.append(self.quote_scorer.version)
        if self.speaker_ranker.version != RuleRanker.version:
            parts.append(self.speaker_ranker.version)
        if self.people_check.version != NoPeopleCheck.version:
            parts.append(self.people_check.version)
        return "+".join(parts)

    def analyse(self, text: str, deadline: Deadline = NO_DEADLINE, keep_candidates: bool = False) -> Document:
        """Run the stages in order; the deadline is checked between stages and inside the
        per-sentence, per-batch and per-quote loops (raises DeadlineExceeded).
        `keep_candidates` keeps every speaker candidate on its quote (`speaker_candidates`)."""
        outcome = self.analyse_many([text], [deadline], keep_candidates)[0]
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome

    def analyse_many(self, texts: list[str], deadlines: list[Deadline],
                     keep_candidates: bool = False) -> list[Document | Exception]:
        """Several documents, their sentences tagged together (the model's batches fill up with
        short articles); each document's stages before and after tagging run on their own, under
        its own deadline. A document that fails (DeadlineExceeded, or any error of its own) gets
        its exception in its place; the others go on."""
        outcomes: list[Document | Exception] = []
        for text, deadline in zip(texts, deadlines, strict=True):
            try:
                outcomes.append(self._before_tagging(text, deadline))
            except Exception as error:  # this document's failure, reported in its place
                outcomes.append(error)
        tagged = [(number, outcome) for number, outcome in enumerate(outcomes)
                  if isinstance(outcome, Document) and outcome.tokens]
        groups = [tagging_groups(document) for _, document in tagged]
        try:
            tags = self._tag(groups, [deadlines[number] for number, _ in tagged])
        except Exception as error:  # the model failed: every document it was tagging fails with it
            for number, _ in tagged:
                outcomes[number] = error
            return outcomes
        for (number, document), document_groups, document_tags in zip(tagged, groups, tags, strict=True):
            if document_tags is None:
                outcomes[number] = DeadlineExceeded(f"extraction ran past its {deadlines[number].seconds} s budget")
                continue
            set_entities(document, document_groups, document_tags, self.rules)
        for number, outcome in enumerate(outcomes):
            if isinstance(outcome, Document) and outcome.text.strip():
                try:
                    self._after_tagging(outcome, deadlines[number], keep_candidates)
                except Exception as error:  # this document's failure, reported in its place
                    outcomes[number] = error
        return outcomes

    def _tag(self, groups: list[list[list[Token]]], deadlines: list[Deadline]) -> list[list[list[str]] | None]:
        """The documents' sentences tagged together where the tagger's tags do not depend on
        what is in its batch (fp32), else each document's on their own (int8): either way each
        document gets the tags it would get alone."""
        if getattr(self.tagger, "batch_invariant", True):
            return tag_documents(self.tagger, groups, deadlines)
        return [tag_documents(self.tagger, [document], [deadline])[0]
                for document, deadline in zip(groups, deadlines, strict=True)]

    def _before_tagging(self, text: str, deadline: Deadline) -> Document:
        """Hygiene, tokens and boilerplate: what the tagger reads."""
        document = Document(text)
        if not text.strip():
            return document
        find_repairs(document, self.rules.hygiene, self.rules.common_words, self.rules.known_name_endings)
        tokenize(document, self.tokenizer, self.glue_pattern, self.rules.glue_tails, self.rules.common_words,
                 sentence_starts(document), self.rules.name_endings, self.rules.glued_verb_prefixes,
                 token_cuts(document), self.rules.degrees, sentence_joins(document))
        deadline.check()
        mark_boilerplate(document, self.rules.quotes.boilerplate_markers, self.rules.quotes.boilerplate_lines,
                         self.rules.clause_openers, frozenset(self.rules.reporting_verbs), boilerplate_spans(document),
                         self.rules.quotes.credit_sentences, frozenset(self.rules.quotes.title_connectives),
                         self.rules.is_passive_verb, self.rules.subject_adverbs, self.title_lowercase)
        return document

    def _after_tagging(self, document: Document, deadline: Deadline, keep_candidates: bool = False) -> None:
        """The rule stages, from the entities on."""
        deadline.check()
        find_quote_marks(document, self.rules)
        find_aliases(document, self.rules)
        deadline.check()
        index = TextIndex(document)
        attribute_quotes(document, self.rules, index, deadline)
        filter_false_quotes(document, self.rules)
        deadline.check()
        self._speakers_and_people(document, index, deadline, keep_candidates)
        self.quote_scorer.score(document)

    def _speakers_and_people(self, document: Document, index: TextIndex, deadline: Deadline,
                             keep_candidates: bool) -> None:
        """The speaker slot, the people stage and the people check; when a clitic, pronoun,
        role or carried quote was resolved to a name the check rejects (a company, a product,
        a fragment the NER tagged PER), or a rejected cue name closes an apposition to a
        person's name, the slot runs once more with those names out of focus
        and the people stage and check follow it again."""
        slots = [(replace(quote.speaker), quote.rule, quote.confidence) for quote in document.quotes]
        choose_speakers(document, self.rules, self.speaker_ranker, index, deadline, keep_candidates)
        deadline.check()
        canonicalise_people(document, self.rules, index, self.known_names)
        self.people_check.check(document, self.rules, index)
        not_people = resolved_to_rejected(document, self.rules, index)
        if not not_people:
            return
        for quote, (speaker, rule, confidence) in zip(document.quotes, slots, strict=True):
            quote.speaker, quote.rule, quote.confidence = replace(speaker), rule, confidence
        deadline.check()
        choose_speakers(document, self.rules, self.speaker_ranker, index, deadline, keep_candidates, not_people)
        canonicalise_people(document, self.rules, index, self.known_names)
        self.people_check.check(document, self.rules, index)

    def speaker_candidates(self, text: str) -> list[dict[str, object]]:
        """Every speaker candidate of every quote, from all generators, with its signals and
        whether the ranker chose it: the table a trained ranker learns from."""
        return candidate_rows(self.analyse(text, keep_candidates=True))

    def extract(self, text: str, document_id: str | None = None,
                deadline: Deadline = NO_DEADLINE) -> schemas.ExtractResponse:
        started = time.perf_counter()
        document = self.analyse(text, deadline)
        elapsed = (time.perf_counter() - started) * 1000
        return to_response(document, document_id, self.model_name, self.rules_version, elapsed,
                           self.quote_scorer.version)

    def extract_many(self, jobs: list[ExtractionJob]) -> list[schemas.ExtractResponse | Exception]:
        """`extract` for several documents, tagged together (see `analyse_many`): the same
        responses as one at a time, but for meta.elapsed_ms, which here is the group's time."""
        started = time.perf_counter()
        outcomes = self.analyse_many([job.text for job in jobs], [job.deadline for job in jobs])
        elapsed = (time.perf_counter() - started) * 1000
        return [outcome if isinstance(outcome, Exception) else
                to_response(outcome, job.document_id, self.model_name, self.rules_version, elapsed,
                            self.quote_scorer.version)
                for job, outcome in zip(jobs, outcomes, strict=True)]


@dataclass(frozen=True)
class ExtractionJob:
    """One document of a group for `Extractor.extract_many`."""

    text: str
    document_id: str | None = None
    deadline: Deadline = NO_DEADLINE


def _span(document: Document, span: Span) -> dict[str, object]:
    """A TextSpan's fields."""
    return {"text": document.text[span.start:span.end], "start": span.start, "end": span.end}


def _speaker_rule(speaker: Speaker) -> str:
    """The speaker slot sets `rule` on every quote it sees; every quote passes through it."""
    if speaker.rule is None:
        raise ValueError("a quote reached the response without passing the speaker slot")
    return speaker.rule


def to_response(document: Document, document_id: str | None, model: str, rules_version: str,
                elapsed_ms: float, confidence_model: str = "rules") -> schemas.ExtractResponse:
    """The response, validated once from plain fields: one pydantic call per document rather
    than one per span, quote, person and entity (the same models, the same checks)."""
    person_ids = {position: f"p{position + 1}" for position in range(len(document.people))}
    quotes = []
    for number, quote in enumerate(document.quotes, start=1):
        speaker = quote.speaker
        cue = None
        if quote.cue is not None:
            cue = {**_span(document, quote.cue), "lemma": quote.cue_lemma or ""}
        quotes.append({
            "id": f"q{number}",
            "type": quote.type,
            "text": document.text[quote.start:quote.end],
            "start": quote.start,
            "end": quote.end,
            "spans": [_span(document, span) for span in quote.spans],
            "cue": cue,
            "speaker": {
                "name": speaker.name,
                "person_id": person_ids.get(speaker.person_key) if speaker.person_key is not None else None,
                "mention": _span(document, speaker.mention) if speaker.mention else None,
                "resolution": speaker.resolution,
                "rule": _speaker_rule(speaker),
            },
            "confidence": quote.confidence,
            "rule": quote.rule,
        })
    people = [
        {"id": person_ids[position], "name": person.name, "kind": person.kind,
         "mentions": [_span(document, mention) for mention in person.mentions],
         "roles": person.roles, "quote_count": person.quote_count,
         "variants": [{"name": variant.name, "rule": variant.rule} for variant in person.variants],
         "rule": person.rule}
        for position, person in enumerate(document.people)
    ]
    entities = [{**_span(document, entity), "label": entity.label} for entity in document.entities]
    meta = {"schema_version": SCHEMA_VERSION, "model": model, "rules_version": rules_version,
            "elapsed_ms": round(elapsed_ms, 2), "warnings": document.warnings, "confidence_model": confidence_model}
    return schemas.ExtractResponse.model_validate(
        {"id": document_id, "quotes": quotes, "people": people, "entities": entities, "meta": meta})
