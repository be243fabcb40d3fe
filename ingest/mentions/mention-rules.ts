/**
 * Mention rules: an ordered table run over each mention the span classifier made. A person
 * is never an event, a creed, a region or a document ("the Maidan Revolution", "Orthodox
 * Christian", "the West"); a name after "the newspaper", or the source of a report ("according
 * to Reuters,") that nothing marks as a person, is a news organisation; titles of
 * address and byline words are not part of a name; a speaker label of a transcript that
 * repeats the name reversed with the title glued on ("Emmanuel Macron Macron EmmanuelPresident")
 * is the name once; a speaker label in capitals ("SECRETARY BLINKEN:") is a person; an
 * abbreviation of a document or of a title is not an institution, nor is a government named as
 * the owner of an act ("the U.S. government’s commitment") or of funds and troops ("U.S.
 * government funding"); a name ending in a facility's or a document's noun ("the Trilateral
 * Framework"), or listed after a settlement's noun ("the residents of … and Sheikh Jarrah"), is
 * not a person. Each rule lists at least two dev articles it fires in (scripts/rule-support.ts
 * counts them). Word lists: ingest/knowledge/entity-words.yaml.
 */
import { getEntityWords, getLexicon } from "../knowledge/word-lists.ts";
import { HONORIFICS, SURNAME_SUFFIX } from "./lexicon.ts";
import type { Rule } from "../rules/rule.ts";
import type { Mention } from "../types.ts";

export interface MentionRuleInput {
  mention: Mention;
  /** The sentence text before the mention (up to the sentence start). */
  before: string;
  /** The sentence text after the mention (up to the sentence end). */
  after: string;
  /** Abbreviations the article ties to a title or a document ("Special Envoy for Sudan (USSES)"; see non-body-acronyms.ts). */
  nonBodyAcronyms: ReadonlySet<string>;
}

/** What a rule does to the mention: drop it, make it an institution of a kind, or rename it. */
export type MentionAction =
  | { kind: "drop" }
  | { kind: "institution"; institutionKind: string }
  | { kind: "rename" }
  /** A name written in capitals is a person's, said in title case ("BLINKEN" → "Blinken"). */
  | { kind: "person" };

/** A rename's new surface: how many characters to cut at the start and at the end of the text. */
export interface Cut {
  head: number;
  tail: number;
}
export type MentionRule = Rule<MentionRuleInput, Cut, MentionAction>;

const words = getEntityWords();
const NOT_PEOPLE = new Set(words.notPeople);
const BYLINE = new Set(words.bylineWords);
const HEADLINE = new Set(words.headlineWords);
/** Titles of address, one list with the span classifier's (lexicon.yaml); "Mr." is read as "Mr". */
const HONORIFIC = HONORIFICS;
const MEDIA_CONTEXT = new RegExp(`\\b(?:${words.mediaContext.patterns.join("|")})\\s+(?:the\\s+)?$`, "i");
const ATTRIBUTION_CONTEXT = new RegExp(
  `\\b(?:${words.attributionContext.patterns.join("|")})\\s+(?:the\\s+)?$`,
  "i",
);
/** The name ends its clause: punctuation, the sentence's end, or a conjunction or preposition. */
const CLAUSE_END =
  /^\s*(?:[,.;:)]|$)|^\s+(?:that|after|before|on|in|at|last|this|earlier|when|while|about)\b/u;
const TITLE_GLUE =
  /(\p{Ll})(President|Prime|Minister|Chancellor|Secretary|Foreign|Federal|Head|Chairman|King|Emir)\b.*$/u;

const FUNCTION_WORDS = new Set(words.functionWords);
const LABEL_WORDS = new Set(words.speakerLabelWords);
/** A transcript's speaker label: only capitals before the name in the sentence, a colon after it. */
const LABEL_BEFORE = /^[\s"“]*(?:[A-Z][A-Z.'’-]*\s+){0,4}$/;
const LABEL_AFTER = /^\s*(?:\([^)]{0,40}\))?\s*:/;

const FACILITY_TAILS = new Set(words.facilityTails);

const NON_PERSON_TAILS = new Set(words.nonPersonTails);
/** A noun a government's name modifies, right after it ("… government funding", "… Government forces"). */
const GOVERNMENT_MODIFIES = new RegExp(`^\\s+(?:${words.governmentModifiedNouns.join("|")})\\b`);
/** A capitalised name of one word or more, and what joins it to the next in a list. */
const LIST_ITEM = String.raw`\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*`;
const LIST_JOIN = String.raw`(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)`;
/**
 * "the residents of Jerusalem and Sheikh ", "the villages of Froun, Srifa, and ": a name right
 * after a settlement's noun and "of", or ending a list there with "and"/"or" (a title-like word,
 * "Sheikh", may open it). A comma alone before the name is not enough: "the city of Mosul, Ahmed
 * Ali said" puts a person in apposition.
 */
const SETTLEMENT_LIST_BEFORE = new RegExp(
  String.raw`\b(?:${words.settlementNouns.join("|")})\s+of\s+(?:the\s+)?(?:(?:${LIST_ITEM}${LIST_JOIN})*${LIST_ITEM}(?:,\s+|\s+)(?:and|or)\s+)?(?:\p{Lu}\p{Ll}+\s+)?$`,
  "u",
);
/** Nouns of written documents, folded to lower case ("agreement", "annex", "framework"). */
const WRITTEN_DOCUMENTS = new Set(words.writtenDocumentNouns);
const SPEECH = new Set(getLexicon().speechVerbs);
const THE_BEFORE = /\bthe\s+$/i;
const LOCATIVE_THE = new RegExp(`\\b(?:of|${words.placePrepositions.join("|")})\\s+the\\s+$`, "i");
/** The word after a name, if the name ends its clause or a verb or function word follows it. */
const NEXT_WORD = /^\s*([\p{L}’'-]+)(\s+\p{Lu})?/u;

/**
 * Does the text after a name start a predicate or end the phrase ("the Taliban said", "the
 * Kremlin.", "the Houthis to stop"), rather than go on as a noun phrase the name modifies ("the
 * Biden administration", "the Biden and Trump administrations")?
 */
function endsNounPhrase(after: string): boolean {
  if (/^[’']s?\b/u.test(after)) return true;
  const m = NEXT_WORD.exec(after);
  if (!m) return !/^\s*\p{L}/u.test(after);
  const next = m[1]!;
  if (/^(and|or)$/.test(next)) return !m[2];
  // "the Horn of Africa", "the Cessation of Hostilities": the name goes on.
  if (/^(of|for)$/.test(next)) return false;
  return FUNCTION_WORDS.has(next) || SPEECH.has(next) || /^\p{Ll}+ed$/u.test(next);
}

const none: Cut = { head: 0, tail: 0 };
let lastText = "";
let lastWords: readonly string[] = [""];
/** The words of a mention's text; several rules ask for the same mention's, so the last answer is kept. */
function nameWords(m: Mention): readonly string[] {
  if (m.text !== lastText) {
    lastText = m.text;
    lastWords = m.text.split(/\s+/);
  }
  return lastWords;
}

/** Characters to cut from the start: leading honorifics and byline words ("Mr. Jared Kushner", "By Jane Doe"). */
function leadingCut(m: Mention): number {
  const ws = nameWords(m);
  let cut = 0;
  let k = 0;
  while (k < ws.length - 1 && (HONORIFIC.has(ws[k]!.replace(/\.$/, "")) || BYLINE.has(ws[k]!))) {
    cut += ws[k]!.length + 1;
    k++;
  }
  return cut;
}

/** Characters to cut from the end: headline and non-name words after the name ("Mahmoud Abbas Statements"). */
function trailingCut(m: Mention): number {
  const ws = nameWords(m);
  let cut = 0;
  let k = ws.length - 1;
  while (k >= 2 && (HEADLINE.has(ws[k]!) || NOT_PEOPLE.has(ws[k]!))) {
    cut += ws[k]!.length + 1;
    k--;
  }
  return cut;
}

export const MENTION_RULES: readonly MentionRule[] = [
  {
    name: "headline-words-after-name",
    example: "Secretary Blinken and Foreign Minister Dmytro Kuleba Before Their Meeting",
    support: [
      "ua-07-normandy-format-us-role",
      "ua-09-putin-macron-call",
      "ua-13-blinken-kuleba-remarks",
      "ua-17-ushakov-briefing-putin-biden",
    ],
    pattern: ({ mention }) => {
      if (mention.kind !== "person") return null;
      const tail = trailingCut(mention);
      return tail ? { head: 0, tail } : null;
    },
    action: { kind: "rename" },
  },
  {
    name: "person-name-of-a-document",
    example:
      "The components of this process will be detailed in a Security Annex, developed with the full support of the United States, that will complement this Framework.",
    counterExample: "President Aliyev signed the declaration with Prime Minister Pashinyan.",
    // Also dx-09 "Cessation of Hostilities Agreement", dx-15 "… Lifesaving and Peace in Sudan",
    // ua-21 "Minsk Agreements" and others the creed-region rule after it also drops.
    support: [
      "dx-13-jeddah-declaration-signed",
      "sx-07-israel-lebanon-trilateral-framework",
      "sx-09-lebanon-first-pilot-zones",
      "ua-17-ushakov-briefing-putin-biden",
    ],
    // "the Trilateral Framework", "a Security Annex", "the Jeddah Declaration": a capitalised run
    // whose last word is a written document's noun names that document; no one's name ends so.
    pattern: ({ mention }) => {
      if (mention.kind !== "person") return null;
      const ws = nameWords(mention);
      const last = ws[ws.length - 1]!.toLowerCase();
      return ws.length >= 2 && (WRITTEN_DOCUMENTS.has(last) || WRITTEN_DOCUMENTS.has(last.replace(/s$/, "")))
        ? none
        : null;
    },
    action: { kind: "drop" },
  },
  {
    name: "person-name-in-a-list-of-places",
    example:
      "We thank the administration for the maintenance of the status quo in Jerusalem, and to keep the residents of Jerusalem and Sheikh Jarrah in their homes.",
    counterExample: "In the city of Mosul, Ahmed Ali said the talks had failed.",
    support: ["cx-05-blinken-abbas-ramallah", "sx-09-lebanon-first-pilot-zones"],
    // cx-05 "the residents of Jerusalem and Sheikh Jarrah"; sx-09 "in the villages of Froun,
    // Srifa, and Zawtar Al-Gharbiya": names listed after the noun of a settlement are places.
    pattern: ({ mention, before }) =>
      mention.kind === "person" && SETTLEMENT_LIST_BEFORE.test(before) ? none : null,
    action: { kind: "drop" },
  },
  {
    name: "person-never-event-creed-region",
    example:
      "The crisis began after the Maidan Revolution, when Orthodox Christian leaders turned to the West.",
    support: [
      "cx-01-blinken-sky-news-arabia-interview",
      "cx-05-blinken-abbas-ramallah",
      "cx-11-putin-macron-talks",
      "cx-13-sochi-trilateral-statements",
    ],
    pattern: ({ mention }) =>
      mention.kind === "person" && nameWords(mention).some((w) => NOT_PEOPLE.has(w.replace(/[’']s$/u, "")))
        ? none
        : null,
    action: { kind: "drop" },
  },
  {
    name: "group-named-with-the",
    example: "We brought the parties to the table – the Taliban, the Afghan Government – to negotiate.",
    counterExample: "The Biden administration said the Biden and Trump teams agreed.",
    // Counted with an empty knowledge file: with the full one these groups are known by name.
    support: [
      "cx-01-blinken-sky-news-arabia-interview",
      "cx-07-zelenskyy-la-repubblica-interview",
      "dx-17-lenderking-travel-marib",
    ],
    // One unknown capitalised word after "the" that heads its own noun phrase is a body, never a
    // person ("the Taliban", "the Houthis", "the Kremlin"): English puts no article before a
    // person's name. Confidence above 0 and below the resolver's 0.5 is a name with no evidence but
    // its shape (0 marks ordinary words and places, which the classifier already recognised).
    pattern: ({ mention, before, after }) => {
      if (mention.kind !== "person" || mention.confidence <= 0 || mention.confidence >= 0.5) return null;
      const ws = nameWords(mention);
      const w = ws[0]!;
      // "the Europeans", "the Americans": peoples named by a plural adjective of origin; "the
      // Framework": a document the article named in full before.
      if (
        ws.length !== 1 ||
        NOT_PEOPLE.has(w) ||
        NON_PERSON_TAILS.has(w) ||
        WRITTEN_DOCUMENTS.has(w.toLowerCase()) ||
        /[ae]ns$/.test(w)
      )
        return null;
      // "across the Dnieper", "in the Sahel": after a preposition of place it is a river or a region;
      // after "of" it is either ("the banks of the Dnieper", "the leaders of the Taliban").
      return THE_BEFORE.test(before) && !LOCATIVE_THE.test(before) && endsNounPhrase(after) ? none : null;
    },
    action: { kind: "institution", institutionKind: "other" },
  },
  {
    name: "news-organisation-by-context",
    example:
      "In an interview with the Italian newspaper La Repubblica, the president spoke. According to Reuters, the talks went on.",
    counterExample: "According to Zelensky, the talks went on.",
    // Counted with an empty knowledge file (scripts/rule-support.ts --no-knowledge): with the full
    // one, the outlets of wx-07 are known by name. cx-07: "to the Italian newspaper La Repubblica",
    // "in an interview for La Repubblica:"; wx-07: "According to Reuters,".
    support: ["cx-07-zelenskyy-la-repubblica-interview", "wx-07-karabakh-geneva-minsk-group"],
    pattern: ({ mention, before, after }) => {
      if (mention.kind !== "person" && mention.kind !== "place") return null;
      // "the Italian newspaper La Repubblica", "posted on Telegram": a media noun names it.
      if (MEDIA_CONTEXT.test(before)) return none;
      // "according to Reuters,": the source of a report, when nothing marks the name as a person's
      // (a title, a role, a known name, a surname's ending: "according to Zelensky").
      return mention.kind === "person" &&
        mention.confidence < 0.5 &&
        !mention.role &&
        !SURNAME_SUFFIX.test(nameWords(mention).at(-1)!.toLowerCase()) &&
        ATTRIBUTION_CONTEXT.test(before) &&
        CLAUSE_END.test(after)
        ? none
        : null;
    },
    action: { kind: "institution", institutionKind: "media" },
  },
  {
    name: "honorific-or-byline-before-name",
    example: "Mr. Jared Kushner, the president's son-in-law, joined the talks.",
    support: ["cx-01-blinken-sky-news-arabia-interview", "wx-05-kiir-machar-meet-addis"],
    pattern: ({ mention }) => {
      if (mention.kind !== "person") return null;
      const head = leadingCut(mention);
      return head ? { head, tail: 0 } : null;
    },
    action: { kind: "rename" },
  },
  {
    name: "speaker-label-with-glued-title",
    example:
      "President of France Emmanuel Macron Macron EmmanuelPresident of France(retranslated): Thank you very much.",
    support: ["cx-11-putin-macron-talks", "cx-13-sochi-trilateral-statements"],
    pattern: ({ mention }) => {
      if (mention.kind !== "person") return null;
      // "… EmmanuelPresident": a title glued to the last word is a label, not the name.
      const unglued = mention.text.replace(TITLE_GLUE, "$1");
      const ws = unglued.split(/\s+/);
      // "Emmanuel Macron Macron Emmanuel": the name, then the name reversed.
      const half = ws.length / 2;
      const reversed =
        ws.length >= 4 &&
        ws.length % 2 === 0 &&
        ws.slice(0, half).join(" ") === ws.slice(half).reverse().join(" ");
      const keep = reversed ? ws.slice(0, half).join(" ") : unglued;
      const tail = mention.text.length - keep.length;
      return tail > 0 ? { head: 0, tail } : null;
    },
    action: { kind: "rename" },
  },
  {
    name: "speaker-label-in-capitals",
    example: "SECRETARY BLINKEN: Well, thank you, my friend, and good morning.",
    counterExample: "QUESTION: Will the talks go on?",
    support: [
      "cx-01-blinken-sky-news-arabia-interview",
      "cx-03-blinken-lapid-riga",
      "cx-05-blinken-abbas-ramallah",
      "ua-13-blinken-kuleba-remarks",
      "ua-21-blinken-ictv-interview",
    ],
    pattern: ({ mention, before, after }) =>
      mention.kind !== "person" &&
      /^[A-Z][A-Z'’-]{2,}$/.test(mention.text) &&
      !LABEL_WORDS.has(mention.text) &&
      LABEL_BEFORE.test(before) &&
      LABEL_AFTER.test(after)
        ? none
        : null,
    action: { kind: "person" },
  },
  {
    name: "abbreviation-of-a-title-or-document",
    example:
      "U.S. Special Envoy for Sudan (USSES) Tom Perriello will build on the Aligned for Advancing Lifesaving and Peace in Sudan (ALPS) initiative; USSES Perriello will meet refugees.",
    counterExample: "The IGAD secretariat said so.",
    // dx-15: a title and an initiative spelled out; ua-09: "Joint Comprehensive Plan of Action
    // (JCPOA)"; cx-01: "the nuclear agreement, the JCPOA".
    support: [
      "cx-01-blinken-sky-news-arabia-interview",
      "dx-15-perriello-travel-alps",
      "ua-09-putin-macron-call",
    ],
    pattern: ({ mention, nonBodyAcronyms }) =>
      mention.kind === "institution" && nonBodyAcronyms.has(mention.text) ? none : null,
    action: { kind: "drop" },
  },

  {
    name: "government-as-possessor",
    example: "He will stress the U.S. government’s commitment to working with the international community.",
    counterExample: "The Colombian government and the rebels signed the deal.",
    support: [
      "dx-05-kerry-havana-farc-negotiators",
      "dx-17-lenderking-travel-marib",
      "ua-11-duma-resolution",
      "ua-17-ushakov-briefing-putin-biden",
    ],
    // "the Russian government’s rejection": a state named through its government as the owner of
    // an act or a stance is the state speaking, not a body that takes part in the story.
    pattern: ({ mention, after }) =>
      mention.kind === "institution" &&
      mention.name.startsWith("Government of ") &&
      /^[’']s\s+\p{Ll}/u.test(after)
        ? none
        : null,
    action: { kind: "drop" },
  },
  {
    name: "government-as-modifier",
    example:
      "Today, I am pleased to announce that the Trans-Caspian Enterprise Fund is up and running, led by a newly elected board of directors and capitalized with $201 million in U.S. government funding to spur private sector investment across the Trans-Caspian Trade Route (Middle Corridor) in the South Caucasus and Central Asia.",
    counterExample: "The Colombian government and the rebels signed the deal.",
    support: [
      "sx-11-tripp-anniversary-armenia-azerbaijan",
      "sx-17-rubio-remarks-joint-base-andrews-october",
      "wx-09-kerry-syria-cease-fire-near",
    ],
    // "U.S. government funding", "Syrian government troops", "the Yemeni Government forces": a
    // government named to say whose money or troops they are is the state, as its possessive is;
    // an article where the government acts names it so elsewhere ("fighting the Syrian government").
    pattern: ({ mention, after }) =>
      mention.kind === "institution" &&
      mention.name.startsWith("Government of ") &&
      GOVERNMENT_MODIFIES.test(after)
        ? none
        : null,
    action: { kind: "drop" },
  },
  {
    name: "person-name-of-a-facility",
    example: "Flights resumed at Ben Gurion Airport, and jets landed at Prince Sultan Air Base.",
    counterExample: "Tony Blair met Alexander Stubb at the airport.",
    support: ["cx-01-blinken-sky-news-arabia-interview", "dx-07-kerry-colombia-congress-vote"],
    pattern: ({ mention }) => {
      if (mention.kind !== "person") return null;
      const ws = nameWords(mention);
      return ws.length >= 2 && FACILITY_TAILS.has(ws[ws.length - 1]!) ? none : null;
    },
    action: { kind: "drop" },
  },
];

/**
 * Applies the mention rules in order; returns the mention as the rules leave it, or null when
 * dropped. `onFire` hears each rule that matched (scripts/rule-support.ts counts a rule's support so).
 */
export function applyMentionRules(
  mention: Mention,
  context: Omit<MentionRuleInput, "mention">,
  onFire?: (rule: MentionRule) => void,
): Mention | null {
  let current = mention;
  // One input object for the whole table: a rule reads it, only the mention changes between rules.
  // Written out rather than spread, so every input has the same shape and the rules' reads stay fast.
  const input: MentionRuleInput = {
    mention: current,
    before: context.before,
    after: context.after,
    nonBodyAcronyms: context.nonBodyAcronyms,
  };
  for (const rule of MENTION_RULES) {
    input.mention = current;
    const cut = rule.pattern(input);
    if (!cut) continue;
    onFire?.(rule);
    switch (rule.action.kind) {
      case "drop":
        return null;
      case "institution":
        current = { ...current, kind: "institution", role: rule.action.institutionKind, confidence: 0.6 };
        break;
      case "person": {
        const name = current.text.charAt(0) + current.text.slice(1).toLowerCase();
        current = { ...current, kind: "person", name, role: undefined, confidence: 0.6 };
        break;
      }
      case "rename": {
        const text = current.text.slice(cut.head, current.text.length - cut.tail).trim();
        if (!text) return null;
        const start = current.start + cut.head;
        const name = current.name.startsWith(current.text.slice(0, cut.head))
          ? current.name.slice(cut.head)
          : current.name;
        current = {
          ...current,
          text,
          name: cut.tail ? text : name.trim(),
          start,
          end: start + text.length,
        };
        break;
      }
    }
  }
  return current;
}
