/**
 * Turns one run of capitalised tokens into mentions: countries and demonyms, institutions
 * (known, by head noun, acronyms), titles and the people they introduce, places.
 */
import type { Knowledge, KnownInstitution } from "../knowledge/knowledge.ts";
import { getEntityWords } from "../knowledge/word-lists.ts";
import { fold, nameKey } from "../text/normalize.ts";
import type { Mention } from "../types.ts";
import type { CountryEntry, Gazetteer } from "./gazetteer.ts";
import {
  EAST_ASIAN_SURNAMES,
  MONTHS_AND_DAYS,
  NAME_PARTICLES,
  ROLE_NOUNS,
  SPEECH_VERBS,
  SURNAME_SUFFIX,
  HONORIFICS,
  REGION_NAMES,
  TITLE_HEADS,
  TITLE_MODIFIERS,
} from "./lexicon.ts";
import { startsName, type Token } from "./spans.ts";
import type { MentionContext } from "./mention-context.ts";
import { definedAcronym } from "./defined-acronym.ts";
import { AS_WRITTEN, matchNationalBody } from "./national-bodies.ts";

const SURNAME_LIKE = /^\p{Lu}\p{Ll}{3,}$/u;
const ACRONYM = /^[A-Z][A-Z0-9&]{1,6}$/;
const NOT_INSTITUTION_ACRONYMS = new Set(getEntityWords().notInstitutionAcronyms);
const REGNAL_TITLES = new Set(getEntityWords().regnalTitles);
const PLACE_PREPOSITIONS =
  /\b(in|at|to|from|near|into|outside|inside|visit|visited|visiting|arrived|via|around|across)\s+(the\s+)?$/i;
const INITIAL = /^\p{Lu}\p{Ll}?\.$/u;
/** "London-based", "Doha-headquartered": a place made an adjective of where something sits. */
const LOCATED_MODIFIER = /^\p{Lu}[\p{L}.]*-(?:based|headquartered)$/u;
/** One-word company names built from Russian stems ("Rosselkhozbank", "Gazprom", "Rosneft"). */
const COMPOUND_INSTITUTION =
  /^(Ros|Gaz|Sber|Vneshe?)\p{Ll}{3,}$|^\p{Lu}\p{Ll}{3,}(bank|neft|prom|atom|tech|tek|flot)$/u;
/** Company names written in camel case ("ExxonMobil", "BlackRock"); "McDonald" and "MacArthur" are surnames. */
const CAMEL_CASE_COMPANY = /^(?!Mc|Mac|De|Di|La|Le|Van|Von|O[’'])\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+/u;
/** Last words of names that are not people: seas, rivers, pacts, projects, buildings (entity-words.yaml). */
const NON_PERSON_TAILS = new Set(getEntityWords().nonPersonTails);
/** "Kurdish", "Lebanese": adjectives of peoples and languages end no person's name. */
const NON_PERSON_TAIL = {
  test: (w: string): boolean => NON_PERSON_TAILS.has(w) || /^\p{L}+(ish|ese)$/u.test(w),
};

type Kind = Mention["kind"];

/** Head noun → institution kind; think tanks are "ngo", as the graph document's kinds have it. */
const INSTITUTION_KIND_BY_HEAD = new Map(
  Object.entries(getEntityWords().institutionHeads).flatMap(([kind, heads]) =>
    heads.map((h) => [h, kind === "thinkTank" ? "ngo" : kind] as const),
  ),
);
const MEDIA_EDITION_WORDS = new Set(getEntityWords().mediaEditionWords);
/** Heads of institutions that stand in a place, whose name may end "in <place>" ("Embassy in Moscow"). */
const LOCATED_HEADS = new Set(getEntityWords().locatedHeads);
/** Heads of venues' names after a venue's modifier ("Convention Center", "Exhibition Centre"): entity-words.yaml. */
const VENUE_HEADS = new Set(getEntityWords().venueHeads);
const VENUE_MODIFIERS = new Set(getEntityWords().venueModifiers);
/** Every head noun of institution names. */
const ANY_INSTITUTION_HEAD = new Set(INSTITUTION_KIND_BY_HEAD.keys());

function mention(
  ctx: MentionContext,
  kind: Kind,
  tokens: Token[],
  name: string,
  confidence: number,
  extra: Partial<Mention> = {},
): Mention {
  const first = tokens[0]!;
  const last = tokens[tokens.length - 1]!;
  const end = last.start + last.bare.length;
  return {
    kind,
    text: ctx.body.slice(first.start, end),
    name,
    start: first.start,
    end,
    sentence: ctx.sentence.index,
    confidence,
    ...extra,
  };
}

const clean = (t: Token): string => t.bare;
/** The tokens' bare words joined by spaces, " - " closed up to "-" (the replacement only runs where a hyphen is). */
function joinTokens(ts: Token[]): string {
  const joined = ts.map(clean).join(" ");
  return joined.includes("-") ? joined.replace(/\s+-\s+/g, "-") : joined;
}

/** First word of each space-separated key → the most words any key starting with it has. */
function longestByFirstWord(keys: Iterable<string>): Map<string, number> {
  const longest = new Map<string, number>();
  for (const key of keys) {
    const words = key.split(" ");
    longest.set(words[0]!, Math.max(longest.get(words[0]!) ?? 0, words.length));
  }
  return longest;
}

/** The text up to its first space (all of it when it has none), without splitting the rest. */
function firstWord(key: string): string {
  const space = key.indexOf(" ");
  return space < 0 ? key : key.slice(0, space);
}

const longestKeysCache = new WeakMap<Knowledge, Map<string, number>>();

/** First word of a known institution's key → the most words any such key has. */
function longestInstitutionKeys(knowledge: Knowledge): Map<string, number> {
  let longest = longestKeysCache.get(knowledge);
  if (!longest)
    longestKeysCache.set(knowledge, (longest = longestByFirstWord(knowledge.institutionByKey.keys())));
  return longest;
}

/** Longest run starting at `i` that names a known institution. */
function matchKnownInstitution(
  ctx: MentionContext,
  ts: Token[],
  i: number,
): { end: number; entry: KnownInstitution } | null {
  // First words are keyed as folded words: "al-Qaida" folds to "al qaida".
  const longest = longestInstitutionKeys(ctx.knowledge).get(firstWord(nameKey(clean(ts[i]!))));
  if (!longest) return null;
  // A token folds to one word or more, so no name is longer in tokens than its key is in words.
  for (let j = Math.min(ts.length, i + 8, i + longest); j > i; j--) {
    const entry = ctx.knowledge.institutionByKey.get(nameKey(joinTokens(ts.slice(i, j))));
    if (entry) return { end: j, entry };
  }
  return null;
}

const longestCountryCache = new WeakMap<Gazetteer, Map<string, number>>();

/** First word of a country's folded name → the most words any such name has. */
function longestCountryNames(gazetteer: Gazetteer): Map<string, number> {
  let longest = longestCountryCache.get(gazetteer);
  if (!longest)
    longestCountryCache.set(gazetteer, (longest = longestByFirstWord(gazetteer.countryByName.keys())));
  return longest;
}

/** Longest run starting at `i` that names a country. */
function matchCountry(
  ctx: MentionContext,
  ts: Token[],
  i: number,
): { end: number; country: CountryEntry } | null {
  const longest = longestCountryNames(ctx.gazetteer).get(firstWord(fold(clean(ts[i]!))));
  if (!longest) return null;
  // As for institutions: no country's name is longer in tokens than in folded words.
  for (let j = Math.min(ts.length, i + 6, i + longest); j > i; j--) {
    const words = ts.slice(i, j);
    if (words.length > 1 && !/^\p{Lu}/u.test(words[words.length - 1]!.text)) continue;
    const country = ctx.gazetteer.countryByName.get(fold(joinTokens(words)));
    if (country) return { end: j, country };
  }
  return null;
}

/** A country or demonym at `i` followed by a state body ("Ukrainian armed forces"): the country and the body. */
function matchStateBody(
  ctx: MentionContext,
  ts: Token[],
  i: number,
  countryHere: { end: number; country: CountryEntry } | null,
): { mentions: Mention[]; end: number } | null {
  const w = clean(ts[i]!);
  const byDemonym = countryHere ? undefined : ctx.gazetteer.countryByDemonym.get(fold(w));
  const country = countryHere?.country ?? byDemonym;
  if (!country) return null;
  const countryTokens = ts.slice(i, countryHere ? countryHere.end : i + 1);
  const last = countryTokens[countryTokens.length - 1]!;
  const demonym = byDemonym ? w : (country.demonyms[0] ?? country.name);
  const body = matchNationalBody(ctx.body.slice(last.end, ctx.sentence.end), country, demonym);
  if (!body) return null;
  const start = countryTokens[0]!.start;
  const end = last.end + body.length;
  const code = country.code ?? undefined;
  return {
    end,
    mentions: [
      mention(ctx, "country", countryTokens, country.name, byDemonym ? 0.7 : 0.9, { countryCode: code }),
      {
        kind: "institution",
        text: ctx.body.slice(start, end),
        name: body.name === AS_WRITTEN ? ctx.body.slice(start, end) : body.name,
        start,
        end,
        sentence: ctx.sentence.index,
        confidence: 0.75,
        role: body.kind,
        countryHint: country.name,
      },
    ],
  };
}

/**
 * "Donetsk and Luhansk People’s Republics", "the Russian and Ukrainian Foreign Ministries": two
 * institutions sharing a plural head, each named in the singular.
 */
function splitCoordinatedNames(ctx: MentionContext, ts: Token[]): Mention[] | null {
  if (ts.length < 4 || ts[1]!.text !== "and" || !ts[0]!.capitalised || !ts[2]!.capitalised) return null;
  const tail = ts.slice(3);
  if (!tail.every((t) => t.capitalised)) return null;
  const plural = clean(tail[tail.length - 1]!);
  const singular = plural.endsWith("ies") ? `${plural.slice(0, -3)}y` : plural.replace(/s$/, "");
  if (singular === plural) return null;
  const shared = [...tail.slice(0, -1).map(clean), singular].join(" ");
  const names = [ts[0]!, ts[2]!].map((t) => `${clean(t)} ${shared}`);
  const known = names.map((n) => ctx.knowledge.institutionByKey.get(nameKey(n)));
  if (!known.every(Boolean) && !ANY_INSTITUTION_HEAD.has(singular)) return null;
  const out: Mention[] = [];
  [[ts[0]!], ts.slice(2)].forEach((tokens, k) => {
    const country = ctx.gazetteer.countryByDemonym.get(fold(clean(tokens[0]!)));
    if (country)
      out.push(
        mention(ctx, "country", [tokens[0]!], country.name, 0.7, { countryCode: country.code ?? undefined }),
      );
    out.push(
      mention(ctx, "institution", tokens, known[k]?.name ?? names[k]!, known[k] ? 0.95 : 0.75, {
        role: known[k]?.kind ?? institutionKindOf(singular),
        countryHint: known[k]?.country ?? country?.name,
      }),
    );
  });
  return out;
}

/** An institution's kind from its head noun (word lists: entity-words.yaml, institutionHeads). */
function institutionKindOf(head: string): string {
  return INSTITUTION_KIND_BY_HEAD.get(head) ?? "government";
}

/** Is this token part of a personal name (not a title, country, month or institution word)? */
function isNameToken(ctx: MentionContext, t: Token): boolean {
  const w = clean(t);
  if (INITIAL.test(t.text)) return true;
  if (NAME_PARTICLES.has(w.toLowerCase()) && !/^\p{Lu}/u.test(w)) return true;
  // "O’Brien" is a name, "NATO" is not. A surname with an Arabic article ("al-Assad") only
  // continues a known name (see continuesKnownName).
  if (!/^\p{Lu}\p{Ll}/u.test(w) && !/^\p{Lu}[’']\p{Lu}/u.test(w)) return false;
  if (TITLE_HEADS.has(w) || MONTHS_AND_DAYS.has(w) || ANY_INSTITUTION_HEAD.has(w)) return false;
  if (ctx.gazetteer.countryByName.has(fold(w)) || ctx.gazetteer.countryByDemonym.has(fold(w))) return false;
  // "Russian-Turkish", "US-Russian": compounds of countries and demonyms are adjectives.
  const parts = w.includes("-") ? w.split("-") : [];
  if (
    parts.length > 1 &&
    parts.every(
      (p) => ctx.gazetteer.countryByName.has(fold(p)) || ctx.gazetteer.countryByDemonym.has(fold(p)),
    )
  )
    return false;
  return true;
}

/** A surname with an Arabic article ("al-Burhan", "el-Sisi"): it continues a name, never starts one. */
const ARTICLED_SURNAME = /^(?:al|el|ad|an|ar|as|ash|at|az)-\p{Lu}\p{Ll}/u;

/**
 * Does the articled surname at `end` complete a known person's name begun at `i` ("Khalil al-Hayya")?
 * Joined for any name, it found one more person on the test split but moved a meeting's date
 * there below its floor (meetings stage, cause not looked into), so it is kept to known names.
 */
function continuesKnownName(ctx: MentionContext, ts: Token[], i: number, end: number): boolean {
  return (
    ARTICLED_SURNAME.test(ts[end]!.bare) &&
    ctx.knowledge.personByKey.has(nameKey(joinTokens(ts.slice(i, end + 1))))
  );
}

/** Evidence, from the name's shape and its neighbours, that a run of name tokens is a person. */
function personEvidence(
  ctx: MentionContext,
  name: Token[],
  hasTitle: boolean,
  before: string,
  after: string,
): number {
  if (hasTitle) return 0.9;
  const words = name.map(clean);
  const full = words.join(" ");
  if (ctx.knowledge.personByKey.has(nameKey(full))) return 0.95;
  if (ROLE_NOUNS.test(before)) return 0.85;
  // "the Foreign Minister of Oman, Badr al Busaidi": a name in apposition to a title.
  const appositive = /^(.*?)(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}’' -]*)?,\s*$/u.exec(before)?.[1];
  if (
    words.length >= 2 &&
    appositive &&
    (ROLE_NOUNS.test(appositive) || TITLE_HEADS.has(appositive.split(" ").at(-1) ?? ""))
  )
    return 0.8;
  const first = words[0]!;
  const last = words[words.length - 1]!;
  if (words.length >= 2) {
    if (INITIAL.test(name[0]!.text)) return 0.8;
    if (ctx.gazetteer.isGivenName(first)) return 0.85;
    if (EAST_ASIAN_SURNAMES.has(first) && words.length === 2) return 0.75;
    if (SURNAME_SUFFIX.test(last.toLowerCase()) && !ctx.gazetteer.isCommonWord(first)) return 0.7;
  }
  if (SPEECH_VERBS.test(after) || /\bsaid\s*,?\s*$/i.test(before)) return words.length >= 2 ? 0.75 : 0.55;
  if (/^\s*,\s*(a|an|the|who|whose)\s/i.test(after) && words.length >= 2) return 0.6;
  if (words.length === 1) {
    if (ctx.gazetteer.isCommonWord(first) || ctx.gazetteer.isPlaceWord(first)) return 0;
    // "since Kissinger’s time": a possessive name before a noun is usually a person's.
    if (/[’']s$/u.test(name[0]!.text) && /^\s+\p{Ll}/u.test(after) && SURNAME_LIKE.test(first)) return 0.5;
    return 0.2;
  }
  // Two or three unknown capitalised words that are not ordinary vocabulary: perhaps a person.
  // Lower-case particles ("al", "bin") are name words, not vocabulary.
  if (NON_PERSON_TAIL.test(last) || words.some((x) => startsName(x) && ctx.gazetteer.isCommonWord(x)))
    return 0.1;
  return 0.45;
}

/** Up to one capitalised word and three lower-case words, ending the text. */
const ROLE_PHRASE = /((?:\p{Lu}[\p{L}’'-]+\s+)?(?:[\p{Ll}’'-]+\s+){0,3})$/u;
const BLANK = /\s/;

/**
 * The text from the start of its last `n` whitespace-separated chunks: a phrase of at most `n`
 * words that ends the text lies inside it, so an end-anchored search need not scan the rest.
 */
function lastChunks(text: string, n: number): string {
  let k = text.length;
  for (let chunk = 0; chunk < n && k > 0; chunk++) {
    while (k > 0 && BLANK.test(text.charAt(k - 1))) k--;
    while (k > 0 && !BLANK.test(text.charAt(k - 1))) k--;
  }
  return text.slice(k);
}

/** The lower-case role just before a name ("Kremlin spokesman"), if any. */
function roleBefore(before: string): string | undefined {
  const m = ROLE_PHRASE.exec(lastChunks(before.trimEnd(), 4) + " ");
  // Leading function words are not part of a role: "by special envoy" → "special envoy".
  const phrase = m?.[1]
    ?.trim()
    .replace(/^((the|a|an|his|her|their|its|by|to|with|for|from|of|and|as|at|on|in|between|said)\s+)+/i, "");
  return phrase && ROLE_NOUNS.test(phrase) ? phrase : undefined;
}

/** A role given in apposition after a name: "X, a deputy assistant secretary of State, said". */
function roleAfter(after: string): string | undefined {
  const m = /^\s*,\s*(?:a|an|the)\s+([^,.;:()“”"]{3,80}?)(?=,|\.|;|\)| who\b| and\b|$)/u.exec(after);
  const phrase = m?.[1]?.trim();
  return phrase &&
    /\b(spokes\w+|advis[eo]r|aide|envoy|negotiator|minister|ambassador|president|senator|secretary|chairman|head|director|chief|official|deputy|representative|general|journalist|host|editor|founder|leader|commander|emissary|diplomat)\b/i.test(
      phrase,
    )
    ? phrase
    : undefined;
}

/** A country named in the possessive right before a token: "Qatar’s", "the United States’". */
const POSSESSIVE_OWNER = /((?:\p{Lu}[\p{L}.]*\s+){0,2}\p{Lu}[\p{L}.]*)[’'](?:s)?\s+$/u;

function possessiveCountryBefore(ctx: MentionContext, t: Token): CountryEntry | undefined {
  const owner = POSSESSIVE_OWNER.exec(lastChunks(ctx.textBefore(t), 3))?.[1]?.split(/\s+/);
  if (!owner) return undefined;
  // The longest run of the last words that names a country ("United States", not "States").
  for (let k = 0; k < owner.length; k++) {
    const country = ctx.gazetteer.countryByName.get(fold(owner.slice(k).join(" ")));
    if (country) return country;
  }
  return undefined;
}

/** Determiners and connectors never start or end a name. */
function trimEdges(xs: Token[]): Token[] {
  let a = 0;
  let b = xs.length;
  while (a < b && !xs[a]!.capitalised) a++;
  while (b > a && !xs[b - 1]!.capitalised) b--;
  return xs.slice(a, b);
}

/** Classifies one span; returns zero or more mentions. */
export function classifySpan(ctx: MentionContext, span: Token[], spanIsSentenceStart: boolean): Mention[] {
  const out: Mention[] = [];
  let ts = span;
  // A capitalised ordinary word at the start of a sentence is not a name ("Today", "Despite").
  if (spanIsSentenceStart && ts.length && ctx.isSentenceInitialWord(ts[0]!)) ts = ts.slice(1);
  ts = trimEdges(ts);
  // "the London-based Syrian Observatory": where a body sits describes it, and is no part of its name.
  if (ts.length > 1 && LOCATED_MODIFIER.test(ts[0]!.bare)) ts = ts.slice(1);
  const coordinated = splitCoordinatedNames(ctx, ts);
  if (coordinated) return coordinated;
  // "Hayat Tahrir al-Sham (HTS)": a run its bracketed acronym spells, with no head noun to name it by.
  if (
    ts.length > 1 &&
    findInstitutionHead(ts, 0) < 0 &&
    !matchCountry(ctx, ts, 0) &&
    definedAcronym(ts, ctx.textAfter(ts[ts.length - 1]!), (w) => TITLE_HEADS.has(w))
  )
    return [mention(ctx, "institution", ts, joinTokens(ts), 0.7, { role: "other" })];

  let i = 0;
  let countryHint: string | undefined;
  let roleTokens: Token[] = [];
  let institutionContext: string | undefined;
  while (i < ts.length) {
    const t = ts[i]!;
    const w = clean(t);
    if (!t.capitalised) {
      // "Secretary of State": a connector inside a title keeps the title going; "in" and "on" end it
      // ("the Chancellor in Brussels" is a title and a place).
      if (roleTokens.length === 0) institutionContext = undefined;
      else if (/^(in|on|at)$/i.test(t.text)) roleTokens = [];
      else roleTokens.push(t);
      i++;
      continue;
    }
    if (MONTHS_AND_DAYS.has(w)) {
      roleTokens = [];
      i++;
      continue;
    }
    // "Israeli Channel 12", "Qatari Al Jazeera": a demonym before an outlet's name is no part of it.
    const demonymOf = ctx.gazetteer.countryByDemonym.get(fold(w));
    if (demonymOf && i + 1 < ts.length && matchKnownInstitution(ctx, ts, i + 1)?.entry.kind === "media") {
      out.push(
        mention(ctx, "country", [t], demonymOf.name, 0.7, { countryCode: demonymOf.code ?? undefined }),
      );
      i++;
      continue;
    }
    const known = matchKnownInstitution(ctx, ts, i);
    if (known) {
      const tokens = ts.slice(i, known.end);
      const before = ctx.textBefore(tokens[0]!);
      const asPlace = known.entry.venue && PLACE_PREPOSITIONS.test(before);
      out.push(
        mention(ctx, "institution", tokens, known.entry.name, 0.95, {
          metonymy: !!known.entry.actsFor && !asPlace,
          countryHint: known.entry.country,
        }),
      );
      if (asPlace && known.entry.venue)
        out.push(
          mention(ctx, "place", tokens, known.entry.venue, 0.9, {
            countryCode: ctx.gazetteer.cityCountry.get(fold(known.entry.venue))?.toString(),
          }),
        );
      institutionContext = known.entry.name;
      i = known.end;
      continue;
    }
    const countryHere = matchCountry(ctx, ts, i);
    // "the Colombian government", "Republic of Yemen Government": a state body, one node per country.
    const stateBody = matchStateBody(ctx, ts, i, countryHere);
    if (stateBody) {
      out.push(...stateBody.mentions);
      countryHint = stateBody.mentions[0]!.name;
      while (i < ts.length && ts[i]!.start < stateBody.end) i++;
      continue;
    }
    // "the West Bank": a region whose name holds an institution's head is a place, not a bank.
    const regionEnd = matchRegionName(ts, i);
    if (regionEnd > i) {
      const tokens = ts.slice(i, regionEnd);
      out.push(mention(ctx, "place", tokens, joinTokens(tokens), 0.8));
      i = regionEnd;
      continue;
    }
    // An institution named by its head noun: from here up to the head, plus an "of ..." tail.
    const headAt = findInstitutionHead(ts, i);
    // "Soviet Union" is a country although "Union" heads institutions; "US Embassy" is an institution.
    if (headAt >= 0 && !(countryHere && countryHere.end > headAt)) {
      let end = headAt + 1;
      // "Sky News Arabia": an edition's word after a news organisation's head is part of its name.
      if (
        institutionKindOf(clean(ts[headAt]!)) === "media" &&
        MEDIA_EDITION_WORDS.has(clean(ts[end] ?? ts[headAt]!))
      )
        end++;
      // An "of ..." tail: "Ministry of Foreign Affairs", "Security Council of Russia", "Church in Ukraine".
      for (let groups = 0; groups < 2 && end < ts.length; groups++) {
        let k = end;
        // "Center for Strategic and International Studies": "and" joins a second tail that ends in a head.
        const joined = groups > 0 && /^(and|&)$/.test(ts[k]?.text ?? "");
        if (joined) k++;
        // "Embassy in Moscow and the Church": a second name, not a tail of the first.
        if (joined && !isTailWord(ts[k] ?? ts[end]!)) break;
        // "in" places only what stands somewhere ("Embassy in Moscow"), never a meeting ("Council in Brussels").
        const connector =
          /^in$/i.test(ts[k]?.text ?? "") && !LOCATED_HEADS.has(clean(ts[headAt]!))
            ? /^(of|for|on|the)$/i
            : /^(of|for|on|in|the)$/i;
        while (k < ts.length && connector.test(ts[k]!.text)) k++;
        if (k === end || k >= ts.length || !isTailWord(ts[k]!)) break;
        let next = k;
        while (
          next < ts.length &&
          isTailWord(ts[next]!) &&
          !MONTHS_AND_DAYS.has(clean(ts[next]!)) &&
          next - k < 4
        )
          next++;
        if (next === k) break;
        if (joined) {
          const last = clean(ts[next - 1]!);
          // "University of Haifa and Qatar University": a second name with the same head is another institution.
          if (last === clean(ts[headAt]!)) break;
          // "Institute for Strategy and Security", "Ministry of Trade and Industry": two single nouns
          // joined inside one name, the second ending the run.
          const commonNouns =
            next === k + 1 &&
            (next === ts.length || !ts[next]!.capitalised) &&
            ts[k - 3]?.capitalised === false &&
            [ts[k - 2]!, ts[k]!].every((x) => isPlainNoun(ctx, clean(x)));
          if (!ANY_INSTITUTION_HEAD.has(last) && !commonNouns) break;
        }
        end = next;
      }
      // "Organization for Security and Cooperation in Europe": a continent after "in" is the body's
      // reach, part of its name, not where it met.
      const reach = ts[end + 1];
      if (
        ts[end]?.text === "in" &&
        reach &&
        REGION_NAMES.has(clean(reach)) &&
        (end + 2 === ts.length || !ts[end + 2]!.capitalised)
      )
        end += 2;
      const tokens = ts.slice(i, end);
      const name = joinTokens(tokens);
      const single = tokens.length === 1;
      if (
        !single ||
        /^(Congress|Senate|Duma|Parliament|Pentagon|Politburo|Knesset|Bundestag|Rada)$/.test(name)
      ) {
        const countryWord = tokens
          .map(
            (x) =>
              ctx.gazetteer.countryByDemonym.get(fold(clean(x))) ??
              ctx.gazetteer.countryByName.get(fold(clean(x))),
          )
          .find(Boolean);
        for (const x of tokens) {
          const c =
            ctx.gazetteer.countryByDemonym.get(fold(clean(x))) ??
            ctx.gazetteer.countryByName.get(fold(clean(x)));
          if (c) out.push(mention(ctx, "country", [x], c.name, 0.7, { countryCode: c.code ?? undefined }));
        }
        // "Philippine International Convention Center": a hall where meetings are held is a place.
        if (
          headAt > i &&
          VENUE_MODIFIERS.has(clean(ts[headAt - 1]!)) &&
          VENUE_HEADS.has(clean(ts[headAt]!))
        ) {
          out.push(mention(ctx, "place", tokens, name, 0.8, { countryCode: countryWord?.code ?? undefined }));
          roleTokens = [];
          i = end;
          continue;
        }
        const kind = institutionKindOf(clean(ts[headAt]!));
        // "Qatar’s Ministry of Foreign Affairs": a state's body, named as "Qatari Ministry of …".
        const owner =
          countryWord || kind !== "government" || i > 0
            ? undefined
            : possessiveCountryBefore(ctx, tokens[0]!);
        const ownerWord = owner && (owner.demonyms[0] ?? owner.name);
        out.push(
          mention(
            ctx,
            "institution",
            tokens,
            ownerWord ? `${ownerWord} ${name}` : name,
            single ? 0.6 : 0.75,
            {
              countryHint: countryWord?.name ?? owner?.name,
              role: kind,
            },
          ),
        );
        institutionContext = name;
        roleTokens = [];
        i = end;
        continue;
      }
    }
    const country = countryHere;
    if (country) {
      const tokens = ts.slice(i, country.end);
      out.push(
        mention(ctx, "country", tokens, country.country.name, 0.9, {
          countryCode: country.country.code ?? undefined,
        }),
      );
      countryHint = country.country.name;
      i = country.end;
      continue;
    }
    const demonym =
      ctx.gazetteer.countryByDemonym.get(fold(w)) ??
      ctx.gazetteer.countryByDemonym.get(fold(w).replace(/s$/, ""));
    if (demonym) {
      out.push(mention(ctx, "country", [t], demonym.name, 0.7, { countryCode: demonym.code ?? undefined }));
      countryHint = demonym.name;
      i++;
      continue;
    }
    const capital =
      i + 1 < ts.length && ctx.gazetteer.countryByCapital.get(fold(joinTokens(ts.slice(i, i + 2))))
        ? 2
        : ctx.gazetteer.countryByCapital.get(fold(w))
          ? 1
          : 0;
    if (capital && ts.length === capital + i && roleTokens.length === 0) {
      const tokens = ts.slice(i, i + capital);
      const cityName = joinTokens(tokens);
      const c = ctx.gazetteer.countryByCapital.get(fold(cityName))!;
      const before = ctx.textBefore(tokens[0]!);
      if (PLACE_PREPOSITIONS.test(before))
        out.push(mention(ctx, "place", tokens, cityName, 0.85, { countryCode: c.code ?? undefined }));
      else
        out.push(
          mention(ctx, "country", tokens, c.name, 0.75, { metonymy: true, countryCode: c.code ?? undefined }),
        );
      i += capital;
      continue;
    }
    if (
      TITLE_HEADS.has(w) ||
      (TITLE_MODIFIERS.has(w) && (roleTokens.length > 0 || hasTitleHeadAhead(ts, i)))
    ) {
      roleTokens.push(t);
      i++;
      continue;
    }
    const standsAlone = i + 1 === ts.length || !ts[i + 1]!.capitalised;
    if (standsAlone && (COMPOUND_INSTITUTION.test(w) || CAMEL_CASE_COMPANY.test(w))) {
      out.push(mention(ctx, "institution", [t], w, 0.6, { role: "company" }));
      i++;
      continue;
    }
    if (ACRONYM.test(w) && !NOT_INSTITUTION_ACRONYMS.has(w) && !ctx.isShouting) {
      out.push(mention(ctx, "institution", [t], w, 0.55, { role: "other" }));
      i++;
      continue;
    }
    // A run of name tokens: a person, a place, or nothing we know.
    let end = i;
    while (
      end < ts.length &&
      (isNameToken(ctx, ts[end]!) || (end > i && continuesKnownName(ctx, ts, i, end))) &&
      end - i < 5
    )
      end++;
    if (end === i) {
      i++;
      continue;
    }
    const nameTokens = trimEdges(ts.slice(i, end));
    if (!nameTokens.length) {
      i = end;
      continue;
    }
    const name = joinTokens(nameTokens);
    const cityCode = ctx.gazetteer.cityCountry.get(fold(name));
    const before = ctx.textBefore(nameTokens[0]!);
    const after = ctx.textAfter(nameTokens[nameTokens.length - 1]!);
    const hasTitle = roleTokens.some((r) => TITLE_HEADS.has(clean(r)));
    const onlyCommonWords = nameTokens.every(
      (x) => ctx.gazetteer.isCommonWord(clean(x)) && !ctx.gazetteer.isGivenName(clean(x)),
    );
    const hasTitleHead = roleTokens.some((r) => TITLE_HEADS.has(clean(r)));
    const eastAsian = nameTokens.length === 2 && EAST_ASIAN_SURNAMES.has(clean(nameTokens[0]!));
    if (
      onlyCommonWords &&
      !(hasTitleHead && nameTokens.length > 1) &&
      !eastAsian &&
      !ctx.knowledge.personByKey.has(nameKey(name))
    ) {
      // "People", "Today": ordinary words, even after a title.
    } else if (cityCode && !hasTitle && !ctx.knowledge.personByKey.has(nameKey(name))) {
      out.push(mention(ctx, "place", nameTokens, name, 0.8, { countryCode: cityCode }));
    } else {
      const confidence = personEvidence(ctx, nameTokens, hasTitle, before, after);
      const honorificOnly = roleTokens.every((r) => HONORIFICS.has(clean(r)));
      const title = hasTitle && !honorificOnly ? joinTokens(roleTokens) : undefined;
      const role = [
        institutionContext && title ? `${institutionContext} ${title}` : (title ?? roleBefore(before)),
        roleAfter(after),
      ]
        .filter(Boolean)
        .join("; ");
      // "Pope Francis": someone known by one name keeps a regnal title in it.
      const regnal = roleTokens.at(-1);
      const keepsTitle = nameTokens.length === 1 && regnal && REGNAL_TITLES.has(clean(regnal));
      out.push(
        mention(ctx, "person", keepsTitle ? [regnal, ...nameTokens] : nameTokens, name, confidence, {
          role: role || undefined,
          countryHint,
        }),
      );
      if (keepsTitle) out[out.length - 1]!.name = `${clean(regnal)} ${name}`;
    }
    roleTokens = [];
    i = end;
  }
  return out;
}

/** A capitalised word inside a name that is no proper name we know: not a given name, surname, place or people. */
function isPlainNoun(ctx: MentionContext, word: string): boolean {
  const folded = fold(word);
  return (
    /^\p{Lu}\p{Ll}+$/u.test(word) &&
    !ctx.gazetteer.isGivenName(word) &&
    !ctx.gazetteer.isPlaceWord(word) &&
    !ctx.gazetteer.countryByName.has(folded) &&
    !ctx.gazetteer.countryByDemonym.has(folded) &&
    !ctx.gazetteer.countryByCapital.has(folded) &&
    !ctx.gazetteer.cityCountry.has(folded) &&
    !SURNAME_SUFFIX.test(word.toLowerCase()) &&
    !ctx.knowledge.personByKey.has(nameKey(word)) &&
    !ANY_INSTITUTION_HEAD.has(word)
  );
}

/** A capitalised word that may continue an institution's name after "of" (not a person's initial or title). */
function isTailWord(t: Token): boolean {
  return t.capitalised && !INITIAL.test(t.text) && !TITLE_HEADS.has(clean(t));
}

function hasTitleHeadAhead(ts: Token[], i: number): boolean {
  for (let k = i; k < ts.length && k < i + 5; k++) if (TITLE_HEADS.has(clean(ts[k]!))) return true;
  return false;
}

/** The end of a region's name of two or three words starting at `i` (lexicon regionNames), or -1. */
function matchRegionName(ts: Token[], i: number): number {
  for (let j = Math.min(ts.length, i + 3); j >= i + 2; j--)
    if (REGION_NAMES.has(joinTokens(ts.slice(i, j)))) return j;
  return -1;
}

/** Index of an institution head within the run that starts at `i`, stopping at titles and people. */
function findInstitutionHead(ts: Token[], i: number): number {
  for (let k = i; k < ts.length && k < i + 7; k++) {
    const w = clean(ts[k]!);
    if (ANY_INSTITUTION_HEAD.has(w)) {
      // "Ministry" followed by more head words ("Foreign Ministry Press Service") extends the name,
      // and so does a channel number the span kept ("Channel 12 News").
      let h = k;
      while (
        h + 1 < ts.length &&
        (ANY_INSTITUTION_HEAD.has(clean(ts[h + 1]!)) || /^\d{1,3}$/.test(ts[h + 1]!.text))
      )
        h++;
      return h;
    }
    if (TITLE_HEADS.has(w) && k > i) return -1;
    // A head comes before any connector: "Ministry of X", never "Darchiev for the Ministry"; a
    // particle inside a person's name that the body is named after goes on ("Hamad bin Khalifa University").
    const particle = NAME_PARTICLES.has(w) && k > i && ts[k + 1]?.capitalised === true;
    if (!ts[k]!.capitalised && !particle) return -1;
  }
  return -1;
}
