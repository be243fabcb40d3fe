/**
 * Abbreviations an article ties to something that is no body: a title it spells out ("Special
 * Envoy for Sudan (USSES)"), a document it spells out ("Joint Comprehensive Plan of Action
 * (JCPOA)", "the … (ALPS) initiative"), or a document it stands beside ("the nuclear agreement,
 * the JCPOA"). Writers define an abbreviation once and reuse it, so the whole article reads it so.
 * Word lists: entity-words.yaml (documentAcronyms, writtenDocumentNouns, documentNouns).
 */
import { getEntityWords } from "../knowledge/word-lists.ts";

const words = getEntityWords();
/** Either capitalisation of each noun: "plan" and "Plan" ("the plan", "Plan of Action"). */
const anyCase = (nouns: readonly string[]): string =>
  nouns.map((n) => `[${n.charAt(0).toUpperCase()}${n.charAt(0)}]${n.slice(1)}`).join("|");
const WRITTEN = anyCase(words.writtenDocumentNouns);
/** Written documents, routes and projects: what a spelled-out abbreviation names when it is no body. */
const NAMED_THING = anyCase([...words.writtenDocumentNouns, ...words.projectNouns]);
const DOCUMENT = words.documentNouns.join("|");
const CAPITALISED_RUN = String.raw`(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*`;
const ACRONYM = String.raw`([A-Z][A-Z0-9]{1,6})`;

/** A title followed by its abbreviation: "Special Envoy for Sudan (USSES)", "Special Representative (SRAR)". */
const TITLE_ABBREVIATION = new RegExp(
  String.raw`\b(?:Envoy|Representative|Coordinator|Ambassador|Adviser|Advisor|Secretary|Spokesperson|Negotiator)(?:\s+(?:for|to|on|of|the|and)?\s*\p{Lu}[\p{L}-]*)*\s*\(${ACRONYM}\)`,
  "gu",
);

/**
 * A document's name headed by a written-document noun, then its abbreviation: "Plan of Action
 * (JCPOA)", "Agreement on the Cessation of Hostilities (ACoH)"; or a route's or project's ("Trump
 * Route for International Peace and Prosperity (TRIPP)"). Only "of/for/on" tails follow the
 * noun, so "Treaty Organization (CSTO)", a body named after a treaty, is not one.
 */
const DOCUMENT_ABBREVIATION = new RegExp(
  String.raw`\b(?:${NAMED_THING})(?:\s+(?:of|for|on|and)\s+${CAPITALISED_RUN})*\s*\(${ACRONYM}\)`,
  "gu",
);

/** A defined abbreviation that a document noun follows: "… Peace in Sudan (ALPS) initiative". */
const DEFINED_BEFORE_DOCUMENT = new RegExp(String.raw`\(${ACRONYM}\)\s+(?:${DOCUMENT})\b`, "gu");

/** An abbreviation in apposition to a written document, ending its phrase: "the nuclear agreement, the JCPOA." */
const DOCUMENT_APPOSITION = new RegExp(
  String.raw`\b(?:${WRITTEN}),\s+(?:the\s+)?${ACRONYM}(?=\s*[.,;:)])`,
  "gu",
);

/** Abbreviations the article ties to a title or a document, never to a body, with the known documents' ones. */
export function findNonBodyAcronyms(body: string): Set<string> {
  const out = new Set<string>(words.documentAcronyms);
  for (const pattern of [
    TITLE_ABBREVIATION,
    DOCUMENT_ABBREVIATION,
    DEFINED_BEFORE_DOCUMENT,
    DOCUMENT_APPOSITION,
  ])
    for (const m of body.matchAll(pattern)) out.add(m[1]!);
  return out;
}
