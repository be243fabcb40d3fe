/// <reference types="vite/client" />
import type { Core } from "cytoscape";

declare global {
  interface Window {
    /** The explorer's Cytoscape instance, exposed only so browser tests can inspect the drawn graph. */
    __cy?: Core;
  }
}
