/**
 * Pools the synthetic corpus draws from: invented people (real given names and surnames, so the
 * extractor's mechanisms fire), real countries and cities, institutions and proposal topics.
 * The corpus serves throughput and scale only; it says nothing about extraction quality.
 */
import type { Random } from "./random.ts";

export interface CountryPool {
  id: string;
  name: string;
  demonym: string;
  capital: string;
}

export interface PersonPool {
  id: string;
  given: string;
  surname: string;
  role: string;
  country: CountryPool;
}

export interface ProposalPool {
  id: string;
  name: string;
  topic: string;
  country: CountryPool;
  /** The earlier proposal this one revises or answers, if any. */
  parent: ProposalPool | null;
  relation: "revises" | "responds_to" | "builds_on" | null;
}

export const COUNTRIES: CountryPool[] = [
  ["Russia", "Russian", "Moscow"],
  ["Ukraine", "Ukrainian", "Kyiv"],
  ["France", "French", "Paris"],
  ["Germany", "German", "Berlin"],
  ["Turkey", "Turkish", "Ankara"],
  ["China", "Chinese", "Beijing"],
  ["India", "Indian", "New Delhi"],
  ["Brazil", "Brazilian", "Brasília"],
  ["Egypt", "Egyptian", "Cairo"],
  ["Qatar", "Qatari", "Doha"],
  ["Norway", "Norwegian", "Oslo"],
  ["Finland", "Finnish", "Helsinki"],
  ["Poland", "Polish", "Warsaw"],
  ["Japan", "Japanese", "Tokyo"],
  ["Kenya", "Kenyan", "Nairobi"],
  ["Mexico", "Mexican", "Mexico City"],
  ["Indonesia", "Indonesian", "Jakarta"],
  ["Kazakhstan", "Kazakh", "Astana"],
  ["Austria", "Austrian", "Vienna"],
  ["Switzerland", "Swiss", "Bern"],
  ["Italy", "Italian", "Rome"],
  ["Spain", "Spanish", "Madrid"],
  ["Canada", "Canadian", "Ottawa"],
  ["Hungary", "Hungarian", "Budapest"],
].map(([name, demonym, capital]) => ({
  id: `country:${name!.toLowerCase()}`,
  name: name!,
  demonym: demonym!,
  capital: capital!,
}));

export const MEETING_PLACES = [
  "Geneva",
  "Istanbul",
  "Riyadh",
  "Vienna",
  "Doha",
  "Oslo",
  "Helsinki",
  "Abu Dhabi",
  "Jeddah",
  "Minsk",
  "Astana",
  "Baku",
  "Belgrade",
  "Cairo",
  "Nairobi",
  "Singapore",
];

const GIVEN = [
  "Sergei",
  "Anna",
  "Michael",
  "Elena",
  "Thomas",
  "Maria",
  "David",
  "Olga",
  "James",
  "Irina",
  "Peter",
  "Laura",
  "Andrei",
  "Sophie",
  "Robert",
  "Natalia",
  "Daniel",
  "Julia",
  "Mark",
  "Karin",
  "Ahmed",
  "Fatima",
  "Kenji",
  "Yuki",
  "Carlos",
  "Lucia",
  "Jan",
  "Agnieszka",
  "Mehmet",
  "Ayse",
  "Paul",
  "Claire",
  "Stefan",
  "Ingrid",
  "Viktor",
  "Helena",
  "Omar",
  "Leila",
  "Martin",
  "Eva",
];

const SURNAMES = [
  "Volkov",
  "Marchetti",
  "Lindqvist",
  "Kowalski",
  "Okafor",
  "Tanaka",
  "Moreau",
  "Schneider",
  "Haddad",
  "Petrenko",
  "Ramirez",
  "Novak",
  "Eriksen",
  "Demir",
  "Watanabe",
  "Fischer",
  "Kuznetsov",
  "Bianchi",
  "Nowak",
  "Santos",
  "Dubois",
  "Hoffmann",
  "Yilmaz",
  "Sorensen",
  "Orlov",
  "Castillo",
  "Horvath",
  "Jensen",
  "Mansour",
  "Sato",
  "Keller",
  "Romano",
  "Sokolov",
  "Weber",
  "Lebedev",
  "Costa",
  "Hansen",
  "Aziz",
  "Becker",
  "Morozov",
  "Ferrari",
  "Larsen",
  "Kovac",
  "Nakamura",
  "Brennan",
  "Fontaine",
  "Vasquez",
  "Lund",
];

const ROLES = [
  "Foreign Minister",
  "Deputy Foreign Minister",
  "President",
  "Prime Minister",
  "Defence Minister",
  "special envoy",
  "national security adviser",
  "ambassador",
  "chief negotiator",
  "presidential aide",
];

const TOPICS = [
  "grain exports",
  "prisoner exchanges",
  "energy infrastructure",
  "maritime security",
  "border demarcation",
  "sanctions relief",
  "nuclear plant safety",
  "humanitarian corridors",
  "airspace management",
  "debt restructuring",
  "water sharing",
  "election monitoring",
  "refugee returns",
  "arms control",
  "trade tariffs",
  "port access",
];

const PLAN_HEADS = [
  "peace plan",
  "framework",
  "draft agreement",
  "term sheet",
  "road map",
  "ceasefire proposal",
];

/** People, numbered so every name is unique; roles and countries spread evenly. */
export function buildPeople(count: number, random: Random): PersonPool[] {
  const pairs = GIVEN.flatMap((given) => SURNAMES.map((surname) => [given, surname] as const));
  return random
    .shuffle(pairs)
    .slice(0, count)
    .map(([given, surname]) => ({
      id: `person:${given.toLowerCase()}-${surname.toLowerCase()}`,
      given,
      surname,
      role: random.pick(ROLES),
      country: random.pick(COUNTRIES),
    }));
}

/** Proposals by topic; about half revise or answer an earlier one, forming lineage chains. */
export function buildProposals(count: number, random: Random): ProposalPool[] {
  const proposals: ProposalPool[] = [];
  for (let i = 0; i < count; i++) {
    const topic = TOPICS[i % TOPICS.length]!;
    const head = random.pick(PLAN_HEADS);
    const earlier = proposals.filter((p) => p.topic === topic);
    const parent = earlier.length > 0 && random.chance(0.6) ? random.pick(earlier) : null;
    const points = 5 + random.int(25);
    const name = head === "peace plan" ? `${points}-point peace plan on ${topic}` : `${head} on ${topic}`;
    const relation = parent ? random.pick(["revises", "responds_to", "builds_on"] as const) : null;
    proposals.push({
      id: `proposal:${i}`,
      name: parent && relation === "revises" ? `revised ${name}` : name,
      topic,
      country: random.pick(COUNTRIES),
      parent,
      relation,
    });
  }
  return proposals;
}

export const OUTLETS = [
  "Meridian Wire",
  "The Northern Ledger",
  "Capital Dispatch",
  "Harbour Times",
  "Continental Review",
];

export const INSTITUTION_HEADS = ["Foreign Ministry", "Defence Ministry", "Security Council", "Energy Fund"];

export const INTERNATIONAL = [
  "United Nations",
  "International Atomic Energy Agency",
  "European Commission",
  "International Committee of the Red Cross",
  "World Bank",
  "African Union",
];

export const FILLER_SUBJECTS = [
  "Analysts in the region",
  "Diplomats familiar with the talks",
  "Officials on both sides",
  "Observers in the capital",
  "Several lawmakers",
  "Business groups",
  "Local newspapers",
];

export const FILLER_CLAUSES = [
  "cautioned that progress would be slow and uneven",
  "noted that similar efforts had collapsed within weeks",
  "pointed to the economic pressure building on both governments",
  "said the timetable for a settlement remained unclear",
  "described the atmosphere as businesslike but tense",
  "expected a further round before the end of the season",
  "warned that public opinion had hardened over the winter",
  "questioned whether the commitments could be verified",
  "highlighted the role of mediators in keeping the channel open",
  "argued that the humanitarian situation demanded faster steps",
];

export const FILLER_DETAILS = [
  "Freight rates on the main shipping routes rose by a third during the autumn.",
  "The last comprehensive agreement between the parties dates back more than a decade.",
  "Negotiating teams have met in at least four different cities this year.",
  "Parliamentary elections due next spring are expected to shape the positions of both sides.",
  "The currency weakened slightly after the announcement, before recovering in afternoon trading.",
  "Humanitarian agencies estimate that hundreds of thousands of people remain displaced.",
  "Earlier rounds of talks produced a joint statement but no signed document.",
  "The delegations exchanged lists of detainees ahead of the session, according to a note seen by reporters.",
  "Insurance costs for vessels calling at regional ports have doubled since the spring.",
  "A technical working group is due to report on verification mechanisms within a month.",
];
