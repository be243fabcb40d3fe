/** Normalises article metadata from any source into ArticleMeta. */
import type { PartialDate } from "../../common/graph-document.ts";
import type { ArticleMeta } from "../types.ts";

/** "2025-04-11T10:00:00Z" → "2025-04-11"; "2025-03" stays; anything else parseable → its day. */
export function normalisePublished(value: string | null | undefined): PartialDate | null {
  if (!value) return null;
  const v = value.trim();
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(v);
  if (iso) return [iso[1], iso[2], iso[3]].filter(Boolean).join("-");
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

/** Merges metadata, earlier sources winning over later ones, field by field. */
export function mergeMeta(...sources: (Partial<ArticleMeta> | undefined)[]): ArticleMeta {
  const pick = <K extends keyof ArticleMeta>(k: K): string | null => {
    for (const s of sources) {
      const v = s?.[k];
      if (typeof v === "string" && v.trim()) return v.trim();
    }
    return null;
  };
  return {
    title: pick("title"),
    published: normalisePublished(pick("published")),
    outlet: pick("outlet"),
    author: pick("author"),
    url: pick("url"),
  };
}
