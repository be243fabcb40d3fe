/**
 * Closed word classes that name-finding relies on: titles, role nouns, name particles
 * (institution heads are in entity-words.yaml). The words are data
 * (ingest/knowledge/lexicon.yaml); this module gives them the shapes the rules test against.
 */
import { getLexicon } from "../knowledge/word-lists.ts";

const lexicon = getLexicon();

/** Capitalised words that head a title before a name ("Foreign Minister", "Senator", "Mr"). */
export const TITLE_HEADS: ReadonlySet<string> = new Set(lexicon.titleHeads);

/** Titles of address: they mark a person but say nothing of their role ("Mr Witkoff"). */
export const HONORIFICS: ReadonlySet<string> = new Set(lexicon.honorifics);

/** Capitalised words that may stand inside a title without heading it ("Foreign", "National Security"). */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set(lexicon.titleModifiers);

/** Lower-case nouns that, just before a capitalised name, say it is a person ("spokesman Dmitry Peskov"). */
export const ROLE_NOUNS = new RegExp(`\\b(${lexicon.roleNouns.join("|")})\\s*$`, "i");

/** Particles inside personal names ("Mohammed bin Salman", "Ursula von der Leyen"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(lexicon.nameParticles);

/** Connectors inside institution names ("Ministry of Foreign Affairs", "Orthodox Church in Ukraine"). */
export const INSTITUTION_CONNECTORS: ReadonlySet<string> = new Set(lexicon.institutionConnectors);

export const MONTHS_AND_DAYS: ReadonlySet<string> = new Set(lexicon.monthsAndDays);

/** Common surnames of Chinese and Korean names, which come first ("Wang Yi", "Xi Jinping"). */
export const EAST_ASIAN_SURNAMES: ReadonlySet<string> = new Set(lexicon.eastAsianSurnames);

/** Surname endings common in East Slavic, Caucasian and Baltic names ("Karasin"; "Beseda" is not one). */
export const SURNAME_SUFFIX = new RegExp(`(${lexicon.surnameSuffixes.join("|")})$`);

/** Verbs of saying after or before a name ("Peskov said", "said Lavrov"). */
export const SPEECH_VERBS = new RegExp(`^\\s*(,\\s*)?(${lexicon.speechVerbs.join("|")})\\b`, "i");

/** Continents and regions: places, never people or institutions. */
export const REGION_NAMES: ReadonlySet<string> = new Set(lexicon.regionNames);

/** Other spellings of capitals that the country package does not give ("Kiev"). */
export const CAPITAL_VARIANTS: Readonly<Record<string, readonly string[]>> = lexicon.capitalVariants;

/** Names of peoples the country package does not give ("Brit", "Saudi"), by country. */
export const DEMONYM_VARIANTS: Readonly<Record<string, readonly string[]>> = lexicon.demonymVariants;
