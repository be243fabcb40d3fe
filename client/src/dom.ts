/**
 * Tiny DOM builder. Data from the graph is only ever inserted as text nodes, never as HTML,
 * so a quote or a name cannot inject markup.
 */

export type Child = Node | string | number | null | undefined | false;

export interface Props {
  class?: string;
  testid?: string;
  title?: string;
  /** Any other attribute, set with setAttribute. */
  attrs?: Record<string, string>;
}

/** Creates an element with props and children (strings become text nodes). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.class) node.className = props.class;
  if (props.testid) node.dataset["testid"] = props.testid;
  if (props.title) node.title = props.title;
  for (const [name, value] of Object.entries(props.attrs ?? {})) node.setAttribute(name, value);
  append(node, ...children);
  return node;
}

/** Appends children, turning strings and numbers into text nodes. */
export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(
      typeof child === "string" || typeof child === "number" ? document.createTextNode(String(child)) : child,
    );
  }
}

/** A button that runs `onClick`; type="button" so it never submits a form. */
export function button(label: string, onClick: () => void, props: Props = {}): HTMLButtonElement {
  const node = el("button", props, label);
  node.type = "button";
  node.addEventListener("click", onClick);
  return node;
}

/** Finds a required element by id, failing loudly if the HTML and the code disagree. */
export function byId<T extends HTMLElement>(id: string, type: new () => T): T {
  const node = document.getElementById(id);
  if (!(node instanceof type)) throw new Error(`#${id} is missing from index.html`);
  return node;
}

/** Only http(s) links are shown as links: a `javascript:` URL in an article must not become clickable. */
export function safeHref(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}
