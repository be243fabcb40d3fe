/** A sample article and a user's own article sharing a meeting, for the sample tests (issue 12, point 9). */
import { buildArticle, buildDocument, buildMeeting, buildPerson, evidenceIn } from "./build-document.ts";

/** A sample article and a user's article: one meeting only the sample states, one both state. */
export function buildSampleAndOwn(prefix: string) {
  const id = (name: string) => `${prefix}-${name}`;
  const sample = buildArticle({
    id: id("sample"),
    title: `Made-up talks ${prefix}`,
    body: "Anna Alpha met Boris Beta in Geneva. Alpha later met Greta Gamma in Oslo.",
  });
  const own = buildArticle({
    id: id("own"),
    title: `Real talks ${prefix}`,
    body: "Anna Alpha and Boris Beta held talks in Geneva.",
  });
  const s1 = evidenceIn(sample, "Anna Alpha met Boris Beta in Geneva.");
  const s2 = evidenceIn(sample, "Alpha later met Greta Gamma in Oslo.");
  const o1 = evidenceIn(own, "Anna Alpha and Boris Beta held talks in Geneva.");
  const alpha = { id: id("alpha"), name: `Anna Alpha ${prefix}` };
  const beta = { id: id("beta"), name: `Boris Beta ${prefix}` };
  const gamma = buildPerson({ id: id("gamma"), name: `Greta Gamma ${prefix}`, evidence: [s2] });
  const shared = { id: id("geneva"), place: "Geneva", participants: [alpha.id, beta.id] };
  const sampleDoc = buildDocument({
    articles: [sample],
    people: [buildPerson({ ...alpha, evidence: [s1, s2] }), buildPerson({ ...beta, evidence: [s1] }), gamma],
    meetings: [
      buildMeeting({ ...shared, evidence: [s1] }),
      buildMeeting({ id: id("oslo"), place: "Oslo", participants: [alpha.id, gamma.id], evidence: [s2] }),
    ],
  });
  const ownDoc = buildDocument({
    articles: [own],
    people: [buildPerson({ ...alpha, evidence: [o1] }), buildPerson({ ...beta, evidence: [o1] })],
    meetings: [buildMeeting({ ...shared, evidence: [o1] })],
  });
  return {
    sample,
    own,
    sampleDoc,
    ownDoc,
    ids: { alpha: alpha.id, beta: beta.id, gamma: gamma.id, shared: shared.id, oslo: id("oslo") },
  };
}
