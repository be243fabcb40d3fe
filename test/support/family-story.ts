/**
 * A proposal family for the browser tests: three versions of one accord (the second revises the
 * first, the third answers the second), each with terms (PART_OF), and a proposal in no family.
 * Names are unique to the prefix so search and clicks find exactly these.
 */
import {
  buildArticle,
  buildCountry,
  buildDocument,
  buildLineage,
  buildMeeting,
  buildPerson,
  buildProposal,
  evidenceIn,
  mentionIn,
} from "./build-document.ts";

export function buildFamilyStory(prefix: string) {
  const id = (name: string) => `${prefix}-${name}`;
  const tag = prefix.replace(/[^a-z0-9]/gi, "").slice(-6);
  const sentences = {
    v1: `Ostrava tabled the Lindqvist Accord ${tag} in March.`,
    cap1: `The accord capped armed forces at 600,000.`,
    amnesty: `It offered an amnesty for all combatants.`,
    v2: `Sorel revised the Lindqvist Accord ${tag} two weeks later.`,
    cap2: `The revision raised the cap to 800,000.`,
    v3: `Vantaa answered with a counter-proposal ${tag} in April.`,
    elections: `It called for elections within 100 days.`,
    loose: `Separately, a Grain Levy ${tag} was floated.`,
    met: `Mira Sorel met Jonas Ostrava in Lindqvist on Monday.`,
    envoy: `Ostravia's envoy Karl Envo ${tag} stayed home.`,
  };
  const article = buildArticle({
    id: id("family-article"),
    title: `The Lindqvist Accord ${tag} and its versions`,
    published: "2025-04-05",
    body: Object.values(sentences).join(" "),
  });
  const ev = (key: keyof typeof sentences) => [evidenceIn(article, sentences[key])];
  const ostravia = buildCountry({ id: id("ostravia"), name: `Ostravia ${tag}`, code: "NO" });
  const sorelia = buildCountry({ id: id("sorelia"), name: `Sorelia ${tag}`, code: "SE" });
  const ostrava = buildPerson({
    id: id("ostrava"),
    name: `Jonas Ostrava ${tag}`,
    country: ostravia.id,
    evidence: ev("met"),
  });
  // Shares only a country with Ostrava: a path between them must pass through the country.
  const envoy = buildPerson({
    id: id("envoy"),
    name: `Karl Envo ${tag}`,
    country: ostravia.id,
    evidence: ev("envoy"),
  });
  const sorel = buildPerson({
    id: id("sorel"),
    name: `Mira Sorel ${tag}`,
    country: sorelia.id,
    evidence: ev("met"),
  });
  const meeting = buildMeeting({
    id: id("family-talks"),
    date: "2025-03-10",
    place: "Lindqvist",
    participants: [ostrava.id, sorel.id],
    participantCountries: [ostravia.id, sorelia.id],
    evidence: ev("met"),
  });
  // A crowded day: six meetings on the same day, for the timeline's folding and the meetings table.
  const crowd = Array.from({ length: 5 }, (_, i) =>
    buildMeeting({
      id: id(`crowd-${i}`),
      kind: i % 2 ? "call" : "talks",
      date: "2025-03-10",
      place: `Lindqvist Hall ${i + 1} ${tag}`,
      status: i === 4 ? "planned" : "held",
      participants: [ostrava.id, sorel.id],
      evidence: ev("met"),
    }),
  );
  const v1 = buildProposal({
    id: id("accord-v1"),
    name: `Lindqvist Accord ${tag}`,
    date: "2025-03-01",
    proposedBy: [ostrava.id],
    evidence: ev("v1"),
  });
  const v2 = buildProposal({
    id: id("accord-v2"),
    name: `Revised Lindqvist Accord ${tag}`,
    status: "revised",
    date: "2025-03-15",
    proposedBy: [sorel.id],
    evidence: ev("v2"),
  });
  const v3 = buildProposal({
    id: id("accord-v3"),
    name: `Vantaa counter-proposal ${tag}`,
    status: "rejected",
    date: "2025-04-01",
    evidence: ev("v3"),
  });
  const cap1 = buildProposal({
    id: id("cap-600"),
    name: `cap on armed forces: 600,000 ${tag}`,
    partOf: v1.id,
    evidence: ev("cap1"),
  });
  const amnesty = buildProposal({
    id: id("amnesty"),
    name: `amnesty for combatants ${tag}`,
    partOf: v1.id,
    evidence: ev("amnesty"),
  });
  const cap2 = buildProposal({
    id: id("cap-800"),
    name: `cap on armed forces: 800,000 ${tag}`,
    partOf: v2.id,
    evidence: ev("cap2"),
  });
  const elections = buildProposal({
    id: id("elections"),
    name: `elections within 100 days ${tag}`,
    partOf: v3.id,
    evidence: ev("elections"),
  });
  const loose = buildProposal({
    id: id("grain-levy"),
    name: `Grain Levy ${tag}`,
    date: "2025-02-20",
    evidence: ev("loose"),
  });
  const document = buildDocument({
    articles: [article],
    people: [ostrava, sorel, envoy],
    countries: [ostravia, sorelia],
    meetings: [meeting, ...crowd],
    proposals: [v1, v2, v3, cap1, amnesty, cap2, elections, loose],
    lineage: [
      buildLineage({ from: v2.id, to: v1.id, relation: "revises", evidence: ev("v2") }),
      buildLineage({ from: v3.id, to: v2.id, relation: "responds_to", evidence: ev("v3") }),
      buildLineage({ from: cap2.id, to: cap1.id, relation: "revises", evidence: ev("cap2") }),
    ],
    mentions: [
      mentionIn(article, v1.id, `Lindqvist Accord ${tag}`),
      mentionIn(article, ostrava.id, "Ostrava"),
    ],
  });
  return {
    document,
    tag,
    article,
    people: { ostrava, sorel, envoy },
    countries: { ostravia, sorelia },
    meeting,
    crowd,
    versions: { v1, v2, v3 },
    terms: { cap1, amnesty, cap2, elections },
    loose,
  };
}
