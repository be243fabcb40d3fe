/** Closed word classes that name-finding relies on: titles, role nouns, institution heads, name particles. */

/** Capitalised words that head a title before a name ("Foreign Minister", "Senator", "Mr"). */
export const TITLE_HEADS = new Set(
  (
    "President Vice-President Minister Secretary Secretary-General Senator Sen Ambassador Envoy General Colonel-General " +
    "Lieutenant-General Major-General Colonel Lieutenant Lt Gen Admiral Marshal Chancellor King Queen Prince Princess Sheikh " +
    "Emir Premier Chairman Chairwoman Chair Director Spokesman Spokeswoman Spokesperson Adviser Advisor Aide Mr Mrs Ms Miss " +
    "Dr Judge Mayor Patriarch Pope Metropolitan Commander Chief Governor Congressman Congresswoman Representative Rep " +
    "Speaker Leader Comrade Captain Sir Lord Lady Dame Professor Prof Negotiator Deputy Counselor Counsellor Attorney-General " +
    "Commissioner Coordinator Head Archbishop Bishop Father Rabbi Imam Ayatollah Crown Emissary Journalist Anchor Host Mrs. Mr. Ms. Dr."
  )
    .split(" ")
    .map((w) => w.replace(/\.$/, "")),
);

/** Titles of address: they mark a person but say nothing of their role ("Mr Witkoff"). */
export const HONORIFICS = new Set([
  "Mr",
  "Mrs",
  "Ms",
  "Miss",
  "Mx",
  "Dr",
  "Sir",
  "Dame",
  "Lady",
  "Lord",
  "Comrade",
]);

/** Capitalised words that may stand inside a title without heading it ("Foreign", "National Security"). */
export const TITLE_MODIFIERS = new Set(
  (
    "Foreign Defence Defense Interior Finance Economy Economic Trade Energy Justice Health Home State National Security " +
    "Special Presidential Prime Vice Deputy Assistant Senior First Acting Former Chief Press Top Supreme Executive " +
    "General Lieutenant Major Affairs Policy Staff Public Diplomacy Intelligence Treasury Commerce Agriculture Culture " +
    "Education Labour Labor Transport Armed Forces of the for and Permanent Minister Secretary Crown Ukraine Russia " +
    "United States Nations Kremlin White House Middle East Envoy Special-Envoy Colonel Lt"
  ).split(" "),
);

/** Lower-case nouns that, just before a capitalised name, say it is a person ("spokesman Dmitry Peskov"). */
export const ROLE_NOUNS =
  /\b(spokesman|spokeswoman|spokesperson|adviser|advisor|aide|envoy|negotiator|minister|ambassador|president|senator|secretary|chairman|chairwoman|emissary|representative|diplomat|deputy|general|counterpart|journalist|reporter|host|anchor|commentator|analyst|professor|leader|chief|director|premier|chancellor|commander|official|businessman|billionaire|investor|colleague|son-in-law|daughter|son|wife|husband|lawyer|author|writer|editor|columnist|economist|historian|politician|lawmaker|legislator|congressman|congresswoman|governor|mayor|ceo|founder|candidate|successor|predecessor|rival|partner)\s*$/i;

/** Heads of institution names ("Ministry", "Council", "Fund", "Times"). */
export const INSTITUTION_HEADS = new Set(
  (
    "Ministry Department Council Fund Bank Agency Embassy Consulate University College Institute Academy Church Commission " +
    "Committee Office Service Services Corporation Corp Company Co Group Party Parliament Assembly Administration Foundation " +
    "Court Tribunal Army Navy Forces Staff Guard Guards Organization Organisation Union Association Federation Alliance " +
    "Times Post News Journal Herald Gazette Telegraph Tribune Television TV Radio Broadcasting Network Press Review Daily " +
    "Magazine Inc Ltd LLC PJSC JSC Holdings Airlines Motors Capital Partners Bureau Directorate Secretariat Cabinet " +
    "Duma Senate Congress Chamber Centre Center Forum Club Exchange Authority Command Police Mission Delegation Board Trust " +
    "Society Movement Front Coalition Energies Oil Gas Petroleum Industries Systems Technologies Media Channel Observatory"
  ).split(" "),
);

/** Particles inside personal names ("Mohammed bin Salman", "Ursula von der Leyen"). */
export const NAME_PARTICLES = new Set([
  "bin",
  "ibn",
  "al",
  "el",
  "von",
  "van",
  "der",
  "den",
  "de",
  "del",
  "da",
  "du",
  "la",
  "le",
  "di",
  "abu",
]);

/** Connectors inside institution names ("Ministry of Foreign Affairs", "Orthodox Church in Ukraine"). */
export const INSTITUTION_CONNECTORS = new Set(["of", "for", "in", "on", "the", "and", "&"]);

export const MONTHS_AND_DAYS = new Set(
  // Full names only: "Jun" and "Mar" are also given names and surnames.
  "January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(
    " ",
  ),
);

/** Common surnames of Chinese and Korean leaders' names, which come first ("Wang Yi", "Xi Jinping"). */
export const EAST_ASIAN_SURNAMES = new Set(
  (
    "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Gao Xi Qin Han Deng Wen Jiang Kim Park " +
    "Lee Moon Yoon Choi Cheng Fu Dong Yu Lu Xie Tang Feng Cao Peng Zeng Pan Du Wei Ye Lai"
  ).split(" "),
);

/** Surname endings common in East Slavic, Caucasian and Baltic names ("Karasin", "Beseda" is not one). */
export const SURNAME_SUFFIX =
  /(ov|ova|ev|eva|yov|in|ina|yn|sky|skiy|skyi|ski|ska|skaya|enko|chuk|yuk|uk|ich|vich|ovich|evich|yan|ian|adze|shvili|ko|iev|yev|aite|iene|as|is)$/;

/** Verbs of saying after or before a name ("Peskov said", "said Lavrov"). */
export const SPEECH_VERBS =
  /^\s*(,\s*)?(said|says|told|added|stated|noted|argued|wrote|explained|announced|declared|insisted|warned|claimed|replied|stressed|emphasized|emphasised|confirmed|recalled|admitted|acknowledged|asked|tweeted|posted)\b/i;
