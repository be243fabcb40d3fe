/** Light and dark themes: the page's CSS variables and the graph's stylesheet follow one choice. */
import type { Theme } from "./views/graph-style.ts";

const THEME_KEY = "diplomatic-graph.theme";

/** The stored choice, else the system's preference. */
export function initialTheme(): Theme {
  let stored: string | null;
  try {
    stored = localStorage.getItem(THEME_KEY);
  } catch {
    stored = null;
  }
  if (stored === "light" || stored === "dark") return stored;
  return window.matchMedia?.("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

/** Applies a theme to the page and remembers it. */
export function applyTheme(theme: Theme, toggle: HTMLButtonElement): void {
  document.documentElement.dataset["theme"] = theme;
  toggle.setAttribute("aria-pressed", String(theme === "dark"));
  toggle.textContent = theme === "dark" ? "☀ Light" : "☾ Dark";
  toggle.title = `Switch to the ${theme === "dark" ? "light" : "dark"} theme`;
  try {
    localStorage.setItem(THEME_KEY, theme);
  } catch {
    // Private windows may refuse storage; the theme still applies for this visit.
  }
}
