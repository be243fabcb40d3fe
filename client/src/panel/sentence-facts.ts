/** The facts one sentence of an article supports, listed under it: each entity and relation a link. */
import { button, el } from "../dom.ts";
import type { FactRef, StatedRelation, SupportingSentence } from "../types.ts";

/** The name to show for an entity a sentence supports (a meeting by its label). */
export function factName(entity: FactRef): string {
  return entity.__typename === "Meeting" ? entity.label : entity.name;
}

/** How many facts a sentence supports: entities it attests and relations it states. */
export function factCount(sentence: SupportingSentence): number {
  return sentence.entities.length + sentence.relations.length;
}

function entityLink(entity: FactRef, open: (id: string) => void): HTMLButtonElement {
  return button(factName(entity), () => open(entity.id), {
    class: "link-button",
    title: `${entity.__typename}: open ${factName(entity)}`,
  });
}

function relationItem(relation: StatedRelation, open: (id: string) => void): HTMLElement {
  return el(
    "li",
    { testid: "sentence-fact", attrs: { "data-kind": relation.kind } },
    entityLink(relation.from, open),
    ` ${relation.label} `,
    entityLink(relation.to, open),
  );
}

/** The list of a sentence's facts: what it attests (by kind), then what it relates. */
export function renderSentenceFacts(sentence: SupportingSentence, open: (id: string) => void): HTMLElement {
  return el(
    "ul",
    { class: "sentence-fact-list" },
    ...sentence.entities.map((entity) =>
      el(
        "li",
        { testid: "sentence-fact", attrs: { "data-kind": entity.__typename } },
        el("span", { class: "hit-kind" }, `${entity.__typename} `),
        entityLink(entity, open),
      ),
    ),
    ...sentence.relations.map((relation) => relationItem(relation, open)),
  );
}
