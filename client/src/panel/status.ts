/** The overlay over the graph for loading, empty and error states. */
import { append, button, el } from "../dom.ts";

export type GraphStatus =
  | { state: "ready" }
  | { state: "loading"; message: string }
  | { state: "empty"; message: string; hint?: string }
  | { state: "error"; message: string; retry: () => void };

/** Shows one state; `ready` hides the overlay so the graph is visible. */
export function renderStatus(container: HTMLElement, status: GraphStatus): void {
  container.dataset["state"] = status.state;
  container.replaceChildren();
  container.hidden = status.state === "ready";
  switch (status.state) {
    case "ready":
      return;
    case "loading":
      container.append(
        el("div", { class: "spinner", attrs: { "aria-hidden": "true" } }),
        el("p", {}, status.message),
      );
      return;
    case "empty":
      append(
        container,
        el("p", { class: "status-title" }, status.message),
        status.hint ? el("p", {}, el("code", {}, status.hint)) : null,
      );
      return;
    case "error":
      container.append(
        el("p", { class: "status-title" }, "Something went wrong"),
        el("p", {}, status.message),
        button("Try again", status.retry, { class: "btn" }),
      );
      return;
  }
}
