/**
 * One synthetic article: a story (a meeting of two sides about a proposal, perhaps a revision
 * and a stance) told in varied template prose around background paragraphs, with its truth.
 */
import type { Random } from "./random.ts";
import {
  FILLER_CLAUSES,
  FILLER_DETAILS,
  FILLER_SUBJECTS,
  INSTITUTION_HEADS,
  INTERNATIONAL,
  MEETING_PLACES,
  OUTLETS,
  type PersonPool,
  type ProposalPool,
} from "./pools.ts";

export type ArticleFormat = "md" | "txt" | "html";

/** What the article states, for checking that the generator says what it means to. */
export interface ArticleTruth {
  file: string;
  published: string;
  people: string[];
  meeting: { participants: string[]; date: string; place: string; kind: "talks" | "call" };
  proposals: string[];
  lineage: { from: string; to: string; relation: string }[];
  stance: { actor: string; proposal: string; stance: "rejects" | "supports" } | null;
}

export interface GeneratedArticle {
  file: string;
  text: string;
  truth: ArticleTruth;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

const VERDICTS = [
  "long overdue",
  "premature",
  "a useful start",
  "unlikely to succeed quickly",
  "a test of goodwill",
  "closely watched in the region",
];

const full = (p: PersonPool): string => `${p.given} ${p.surname}`;
const titled = (p: PersonPool): string =>
  /^[A-Z]/.test(p.role)
    ? `${p.country.demonym} ${p.role} ${full(p)}`
    : `${full(p)}, the ${p.country.demonym} ${p.role},`;
const iso = (d: Date): string => d.toISOString().slice(0, 10);
const spoken = (d: Date): string => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;

/** Picks with a skew towards the front of the pool: a few prominent people appear in many articles. */
function skewed<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(items.length * random.next() ** 2.2)]!;
}

function twoSides(random: Random, people: readonly PersonPool[]): PersonPool[] {
  const first = skewed(random, people);
  const side = people.filter((p) => p.country.id !== first.country.id);
  const second = skewed(random, side);
  const chosen = [first, second];
  // Sometimes an aide joins one side.
  if (random.chance(0.35)) {
    const aide = people.find((p) => p.country.id === first.country.id && p !== first && random.chance(0.2));
    if (aide) chosen.push(aide);
  }
  return chosen;
}

function fillerParagraph(random: Random, count: number): string {
  const sentences: string[] = [];
  for (let i = 0; i < count; i++) {
    sentences.push(
      random.chance(0.5)
        ? `${random.pick(FILLER_SUBJECTS)} ${random.pick(FILLER_CLAUSES)}.`
        : random.pick(FILLER_DETAILS),
    );
  }
  return sentences.join(" ");
}

/** Writes article `index` of the corpus; the same index and pools give the same article. */
export function generateArticle(
  index: number,
  random: Random,
  people: readonly PersonPool[],
  proposals: readonly ProposalPool[],
): GeneratedArticle {
  const published = new Date(Date.UTC(2024, 0, 1) + random.int(700) * 86_400_000);
  const meetingDate = new Date(published.getTime() - random.int(4) * 86_400_000);
  const place = random.pick(MEETING_PLACES);
  const [a, b, ...rest] = twoSides(random, people);
  const sideA = a!;
  const sideB = b!;
  const proposal = skewed(random, proposals);
  const kind = random.chance(0.8) ? "talks" : "call";
  const outlet = random.pick(OUTLETS);
  const topic = proposal.topic;
  const paragraphs: string[] = [];

  const when = random.chance(0.5) ? `on ${WEEKDAYS[meetingDate.getUTCDay()]}` : `on ${spoken(meetingDate)}`;
  if (kind === "talks") {
    paragraphs.push(
      random.pick([
        `${titled(sideA)} met ${titled(sideB)} in ${place} ${when} for talks on ${topic}.`,
        `${titled(sideA)} held talks with ${titled(sideB)} in ${place} ${when}, the first such meeting in months.`,
        `Delegations led by ${full(sideA)} and ${full(sideB)} met in ${place} ${when} to discuss ${topic}.`,
      ]) + ` ${fillerParagraph(random, 2)}`,
    );
  } else {
    paragraphs.push(
      `${titled(sideA)} spoke by phone with ${titled(sideB)} ${when}, according to a readout from the ${sideA.country.demonym} ${random.pick(INSTITUTION_HEADS)}. ${fillerParagraph(random, 2)}`,
    );
  }
  for (const aide of rest)
    paragraphs.push(
      `${full(sideA)} was joined by ${full(aide)}, who has handled the ${topic} file since last year.`,
    );

  paragraphs.push(fillerParagraph(random, 3 + random.int(3)));
  paragraphs.push(
    `${sideA.surname} presented the ${proposal.name}, which ${proposal.country.demonym} officials drafted over the summer. ` +
      `The document sets out steps on ${topic} and a timetable for a review by the ${random.pick(INTERNATIONAL)}.`,
  );

  const lineage: ArticleTruth["lineage"] = [];
  const mentioned = [proposal.id];
  if (proposal.parent && random.chance(0.7)) {
    const parent = proposal.parent;
    mentioned.push(parent.id);
    lineage.push({ from: proposal.id, to: parent.id, relation: proposal.relation ?? "revises" });
    paragraphs.push(
      proposal.relation === "responds_to"
        ? `The ${proposal.name} was put forward in response to the ${parent.name}, which ${parent.country.demonym} diplomats had circulated earlier in the year.`
        : proposal.relation === "builds_on"
          ? `The ${proposal.name} builds on the ${parent.name}, keeping most of its provisions.`
          : `The ${proposal.name} is an updated version of the ${parent.name}, with several clauses rewritten.`,
    );
  }

  let stance: ArticleTruth["stance"] = null;
  if (random.chance(0.5)) {
    const rejects = random.chance(0.6);
    stance = { actor: sideB.country.id, proposal: proposal.id, stance: rejects ? "rejects" : "supports" };
    paragraphs.push(
      rejects
        ? `The ${sideB.country.demonym} ${random.pick(INSTITUTION_HEADS)} rejected the ${proposal.name}, saying it ignored earlier commitments.`
        : `${sideB.country.name} welcomed the ${proposal.name} and said it was ready to work on the details.`,
    );
  }

  paragraphs.push(
    `“We had a frank and useful exchange on ${topic},” ${sideB.surname} told reporters after the ${kind === "call" ? "call" : "meeting"}. ${fillerParagraph(random, 2)}`,
  );
  paragraphs.push(fillerParagraph(random, 4 + random.int(4)));
  paragraphs.push(
    `${sideA.surname} is expected to travel to ${sideB.country.capital} next month, officials in ${sideA.country.capital} said. ${fillerParagraph(random, 2)}`,
  );
  paragraphs.push(fillerParagraph(random, 3 + random.int(3)));
  // Commentators named once: the mention density of real reporting, without new facts.
  for (const commentator of random.sample(people, 2 + random.int(2))) {
    paragraphs.push(
      `${full(commentator)}, a former ${commentator.country.demonym} ${commentator.role.toLowerCase()}, said in ${commentator.country.capital} that the talks on ${topic} were ${random.pick(VERDICTS)}. ${fillerParagraph(random, 2 + random.int(2))}`,
    );
  }
  paragraphs.push(fillerParagraph(random, 2 + random.int(3)));

  const title = `${sideA.surname} and ${sideB.surname} discuss ${topic} in ${kind === "call" ? "phone call" : place}`;
  const format: ArticleFormat = index % 10 === 0 ? "html" : index % 10 < 3 ? "txt" : "md";
  const file = `${String(index).padStart(6, "0")}.${format}`;
  const truth: ArticleTruth = {
    file,
    published: iso(published),
    people: [sideA, sideB, ...rest].map((p) => p.id),
    meeting: { participants: [sideA, sideB, ...rest].map((p) => p.id), date: iso(meetingDate), place, kind },
    proposals: mentioned,
    lineage,
    stance,
  };
  return { file, text: render(format, title, iso(published), outlet, paragraphs), truth };
}

function render(
  format: ArticleFormat,
  title: string,
  published: string,
  outlet: string,
  paragraphs: string[],
): string {
  switch (format) {
    case "md":
      return `---\ntitle: "${title}"\npublished: ${published}\noutlet: ${outlet}\n---\n\n# ${title}\n\n${paragraphs.join("\n\n")}\n`;
    case "txt":
      return `${title}\n\n${paragraphs.join("\n\n")}\n`;
    case "html":
      return `<!doctype html>\n<html><head><title>${title}</title><meta name="date" content="${published}"></head>\n<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>\n<article><h1>${title}</h1>\n${paragraphs.map((p) => `<p>${p}</p>`).join("\n")}\n</article>\n<footer>© ${outlet}</footer></body></html>\n`;
  }
}
