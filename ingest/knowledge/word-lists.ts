/**
 * Word lists the extraction rules read, kept as data beside base.yaml (one YAML file per
 * stage). Loaded once and validated, so a typo in a list fails at start-up, not silently.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { z } from "zod";

const WordList = z.array(z.string().min(1));
/** A list of regular-expression fragments, for words with inflections ("propos\w*"). */
const PatternList = z.object({ patterns: WordList });

const ProposalWordsSchema = z.object({
  heads: WordList,
  namedOnlyHeads: WordList,
  documentHeads: WordList,
  nominalActions: WordList,
  nominalEndings: WordList,
  genericNominals: WordList,
  eventNouns: WordList,
  processGerunds: WordList,
  vaguePhrases: WordList,
  relationshipNouns: WordList,
  cooperationNouns: WordList,
  relationshipAims: WordList,
  prepositionalIdioms: WordList,
  causalConnectives: WordList,
  remedyHeads: WordList,
  remedyGerunds: WordList,
  problemNouns: WordList,
  complementHeads: WordList,
  proposalContext: PatternList,
  governors: PatternList,
  askingVerbs: PatternList,
  vagueVerbs: WordList,
  proposingVerbs: PatternList,
  termListOpeners: WordList,
  termListTopics: WordList,
  conditionOpeners: WordList,
  splitConditionOpeners: PatternList,
  stageWords: z.object({ provisional: WordList, final: WordList }),
  stagedKinds: z.record(z.string(), WordList),
});
export type ProposalWords = z.infer<typeof ProposalWordsSchema>;

const EntityWordsSchema = z.object({
  institutionHeads: z.record(z.string(), WordList),
  locatedHeads: WordList,
  mediaEditionWords: WordList,
  nationalBodies: z.array(
    z.object({
      nouns: WordList,
      name: z.string().min(1),
      kind: z.string().min(1),
      adjectival: WordList.default([]),
      located: z.boolean().default(false),
    }),
  ),
  functionWords: WordList,
  institutionSynonyms: z.record(z.string(), z.string()),
  possessiveNameWords: WordList,
  numberedNameWords: WordList,
  facilityTails: WordList,
  regnalTitles: WordList,
  nonPersonTails: WordList,
  notInstitutionAcronyms: WordList,
  documentAcronyms: WordList,
  documentNouns: WordList,
  writtenDocumentNouns: WordList,
  projectNouns: WordList,
  settlementNouns: WordList,
  governmentModifiedNouns: WordList,
  venueHeads: WordList,
  venueModifiers: WordList,
  placePrepositions: WordList,
  speakerLabelWords: WordList,
  countryWordsWithThe: WordList,
  notPeople: WordList,
  bylineWords: WordList,
  headlineWords: WordList,
  mediaContext: PatternList,
  attributionContext: PatternList,
});
export type EntityWords = z.infer<typeof EntityWordsSchema>;

const LexiconSchema = z.object({
  titleHeads: WordList,
  honorifics: WordList,
  titleModifiers: WordList,
  roleNouns: WordList,
  nameParticles: WordList,
  institutionConnectors: WordList,
  monthsAndDays: WordList,
  eastAsianSurnames: WordList,
  surnameSuffixes: WordList,
  speechVerbs: WordList,
  regionNames: WordList,
  capitalVariants: z.record(z.string(), WordList),
  demonymVariants: z.record(z.string(), WordList),
  reportedCapitals: z.record(z.string(), z.string()),
});
export type Lexicon = z.infer<typeof LexiconSchema>;

function loadYaml<T>(file: string, schema: z.ZodType<T>): T {
  const path = fileURLToPath(new URL(file, import.meta.url));
  const parsed = schema.safeParse(parse(readFileSync(path, "utf8")));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`${path}: invalid word list: ${problems}`);
  }
  return parsed.data;
}

let proposalWords: ProposalWords | null = null;
let entityWords: EntityWords | null = null;

/** The proposal stage's word lists (proposal-words.yaml). */
export function getProposalWords(): ProposalWords {
  return (proposalWords ??= loadYaml("./proposal-words.yaml", ProposalWordsSchema));
}

let lexicon: Lexicon | null = null;

/** The closed word classes of name-finding (lexicon.yaml). */
export function getLexicon(): Lexicon {
  return (lexicon ??= loadYaml("./lexicon.yaml", LexiconSchema));
}

/** The mention stage's word lists (entity-words.yaml). */
export function getEntityWords(): EntityWords {
  return (entityWords ??= loadYaml("./entity-words.yaml", EntityWordsSchema));
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");

/** A whole-word, case-insensitive alternation of plain words or phrases (longest first). */
export function wordsPattern(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join("|");
}

/** `\b(?:a|b|c)\b` over plain words; `flags` defaults to case-insensitive. */
export function wordsRegExp(words: readonly string[], flags = "i"): RegExp {
  return new RegExp(`\\b(?:${wordsPattern(words)})\\b`, flags);
}

/** `\b(?:a|b|c)\b` over regular-expression fragments. */
export function patternsRegExp(list: { patterns: readonly string[] }, flags = "i"): RegExp {
  return new RegExp(`\\b(?:${list.patterns.join("|")})\\b`, flags);
}
