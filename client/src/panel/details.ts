/** The details panel: everything known about one entity, with the quotes it rests on. */
import { append, button, el } from "../dom.ts";
import { assertNever, type EntityDetails, type Ref } from "../types.ts";
import { type CorrectionEvents, renderCorrections } from "./corrections.ts";
import { type ReadArticle, renderEvidence } from "./evidence.ts";
import { proposalLinkSections } from "./proposal-links.ts";
import {
  factRow,
  listSection,
  meetingItem,
  type OpenEntity,
  proposalItem,
  refLink,
  refList,
} from "./facts.ts";

export interface DetailsActions {
  open: OpenEntity;
  /** Draws the entity's neighbourhood. */
  explore: (id: string) => void;
  /** Starts or ends the path finder at this entity. */
  pathFrom: (ref: Ref) => void;
  pathTo: (ref: Ref) => void;
  read: ReadArticle;
  corrections: CorrectionEvents;
}

function body(entity: EntityDetails, open: OpenEntity): (HTMLElement | null)[] {
  switch (entity.__typename) {
    case "Person":
      return [
        el(
          "dl",
          {},
          ...factRow("Roles", entity.roles.join("; ")),
          ...factRow("Country", entity.country ? refLink(entity.country, open) : null),
          ...factRow("Affiliations", refList(entity.affiliations, open)),
        ),
        listSection(
          "Meetings",
          entity.meetings.map((m) => meetingItem(m, open, entity.id)),
          "person-meetings",
        ),
        listSection(
          "Proposals",
          entity.proposals.map((p) => proposalItem(p, open)),
          "person-proposals",
        ),
      ];
    case "Institution":
      return [
        el(
          "dl",
          {},
          ...factRow("Kind", entity.kind),
          ...factRow("Country", entity.country ? refLink(entity.country, open) : null),
        ),
        listSection(
          "Members",
          entity.members.map((m) => el("li", {}, refLink(m, open))),
          "institution-members",
        ),
      ];
    case "Country":
      return [
        el("dl", {}, ...factRow("ISO code", entity.code)),
        listSection(
          "People",
          entity.people.map((p) => el("li", {}, refLink(p, open))),
          "country-people",
        ),
      ];
    case "Meeting":
      return [
        el(
          "dl",
          {},
          ...factRow("Kind", entity.kind),
          ...factRow("Date", entity.date),
          ...factRow("Place", entity.place),
          ...factRow("Status", entity.status),
          ...factRow("Sides", refList(entity.countries, open)),
        ),
        listSection(
          "Participants",
          entity.participants.map((p) => el("li", {}, refLink(p, open))),
          "meeting-participants",
        ),
      ];
    case "Proposal":
      return [
        el(
          "dl",
          {},
          ...factRow("Status", entity.status),
          ...factRow("Date", entity.date),
          ...factRow("Proposed by", refList(entity.proposedBy, open)),
        ),
        ...proposalLinkSections(entity, open),
        listSection(
          "Stances",
          entity.stances.map((s) => el("li", {}, refLink(s.actor, open), ` ${s.stance}`)),
          "proposal-stances",
        ),
      ];
    default:
      return assertNever(entity);
  }
}

function title(entity: EntityDetails): string {
  return entity.__typename === "Meeting"
    ? `${entity.kind[0]?.toUpperCase() ?? ""}${entity.kind.slice(1)}${entity.date ? ` on ${entity.date}` : ""}`
    : entity.name;
}

function aliases(entity: EntityDetails): string[] {
  return "aliases" in entity ? entity.aliases.filter((a) => a !== entity.name) : [];
}

/** Renders one entity; names of related entities are links that open them. */
export function renderDetails(entity: EntityDetails, actions: DetailsActions): HTMLElement {
  const known = aliases(entity);
  const root = el(
    "article",
    { class: "details" },
    el("p", { class: "kind", testid: "details-kind" }, entity.__typename),
    el("h2", { testid: "details-name" }, title(entity)),
    known.length
      ? el("p", { class: "aliases muted", testid: "details-aliases" }, `Also: ${known.join(", ")}`)
      : null,
  );
  append(root, ...body(entity, actions.open));
  const ref: Ref = { id: entity.id, name: title(entity) };
  root.append(
    el(
      "p",
      { class: "actions" },
      button("Show neighbourhood", () => actions.explore(entity.id), {
        class: "btn",
        testid: "show-neighborhood",
      }),
      button("Path from here", () => actions.pathFrom(ref), { class: "btn", testid: "path-from-here" }),
      button("Path to here", () => actions.pathTo(ref), { class: "btn", testid: "path-to-here" }),
    ),
    renderEvidence(entity.evidence, actions.read),
    renderCorrections(entity, actions.corrections),
  );
  return root;
}
