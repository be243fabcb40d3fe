/** "Fix this": rename and merge from the details panel, with undo, for analysts holding a write token. */
import { readToken } from "../api.ts";
import { correctionSupport, mergeEntities, renameEntity, undoCorrection } from "../corrections-api.ts";
import { button, el } from "../dom.ts";
import type { EntityDetails, SearchHit } from "../types.ts";
import { setUpSearch } from "./search.ts";

export interface CorrectionEvents {
  /** The graph changed: redraw the view and reopen `id`. */
  changed(id: string): void;
  /** Open the token settings. */
  askToken(): void;
}

/** The last correction, shown again after the panel redraws the corrected entity (with its Undo). */
let lastOutcome: { entityId: string; text: string; correctionId: string | null; canUndo: boolean } | null =
  null;

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The corrections section for one entity; filled in once the server's abilities are known. */
export function renderCorrections(entity: EntityDetails, events: CorrectionEvents): HTMLElement {
  const section = el(
    "section",
    { class: "corrections", testid: "corrections" },
    el("h3", {}, "Fix this entity"),
  );
  if (!readToken()) {
    section.append(
      el("p", { class: "muted" }, "Analysts with a write token can rename and merge here. "),
      button("Set a token", events.askToken, { class: "link-button", testid: "corrections-token" }),
    );
    return section;
  }
  const outcome = el("p", { class: "muted", testid: "correction-outcome", attrs: { "aria-live": "polite" } });
  const show = (text: string, correctionId: string | null, canUndo: boolean): void => {
    outcome.replaceChildren(text);
    if (!canUndo) return;
    const undo = (): void =>
      void undoCorrection(correctionId)
        .then(() => {
          lastOutcome = { entityId: entity.id, text: "Undone.", correctionId: null, canUndo: false };
          events.changed(entity.id);
        })
        .catch((error: unknown) => outcome.replaceChildren(el("span", { class: "error" }, message(error))));
    outcome.append(" ", button("Undo", undo, { class: "btn", testid: "correction-undo" }));
  };
  // The panel redraws the corrected entity: the outcome (and its Undo) carries over.
  if (lastOutcome?.entityId === entity.id)
    show(lastOutcome.text, lastOutcome.correctionId, lastOutcome.canUndo);
  const done = (text: string, correctionId: string | null, canUndo: boolean, id: string): void => {
    lastOutcome = { entityId: id, text, correctionId, canUndo };
    show(text, correctionId, canUndo);
    events.changed(id);
  };
  const fail = (error: unknown): void =>
    outcome.replaceChildren(el("span", { class: "error" }, message(error)));

  void correctionSupport().then((support) => {
    if (!support.merge && !support.rename) {
      section.append(
        el(
          "p",
          { class: "muted", testid: "corrections-unavailable" },
          "This server does not accept corrections yet (no mergeEntities or renameEntity mutation).",
        ),
      );
      return;
    }
    const canUndo = (result: { correctionId: string | null }): boolean =>
      support.undo !== null && (support.undo.args.length === 0 || result.correctionId !== null);
    if (support.rename) {
      const name = el("input", { testid: "rename-input", attrs: { type: "text", "aria-label": "New name" } });
      name.value = "name" in entity ? entity.name : "";
      const rename = button(
        "Rename",
        () => {
          const value = name.value.trim();
          if (!value) return;
          renameEntity(entity.id, value)
            .then((r) => done(`Renamed to “${value}”.`, r.correctionId, canUndo(r), entity.id))
            .catch(fail);
        },
        { class: "btn", testid: "rename" },
      );
      section.append(el("div", { class: "correction-row" }, name, rename));
    }
    if (support.merge) {
      let picked: SearchHit | null = null;
      const input = el("input", {
        testid: "merge-input",
        attrs: {
          type: "search",
          placeholder: `Another ${entity.__typename.toLowerCase()} that is the same…`,
          "aria-label": "Entity to merge into this one",
        },
      });
      const list = el("ul", { class: "search-results", testid: "merge-results" });
      list.hidden = true;
      setUpSearch(input, list, (hit) => (picked = hit), { keepText: true, kinds: [entity.__typename] });
      const merge = button(
        "Merge into this",
        () => {
          const other = picked;
          if (!other || other.id === entity.id)
            return fail(new Error("Pick another entity from the suggestions."));
          mergeEntities(entity.id, other.id)
            .then((r) => done(`Merged “${other.name}” into this one.`, r.correctionId, canUndo(r), entity.id))
            .catch(fail);
        },
        { class: "btn", testid: "merge" },
      );
      section.append(el("div", { class: "correction-row search" }, input, list, merge));
    }
    section.append(outcome);
  });
  return section;
}

/** The token dialog: kept in this browser's localStorage, sent as a bearer token. */
export function createTokenDialog(save: (token: string) => void): HTMLDialogElement {
  const input = el("input", {
    testid: "token-input",
    attrs: { type: "password", autocomplete: "off", "aria-label": "API token" },
  });
  const dialog = el(
    "dialog",
    { class: "token-dialog", testid: "token-dialog" },
    el("h2", {}, "API token"),
    el(
      "p",
      { class: "muted" },
      "A write token lets you rename and merge entities. It stays in this browser only.",
    ),
    input,
    el(
      "div",
      { class: "dialog-buttons" },
      button(
        "Forget",
        () => {
          input.value = "";
          save("");
          dialog.close();
        },
        { class: "btn", testid: "token-forget" },
      ),
      button(
        "Save",
        () => {
          save(input.value);
          dialog.close();
        },
        { class: "btn primary", testid: "token-save" },
      ),
    ),
  );
  dialog.addEventListener("close", () => (input.value = ""));
  return dialog;
}
