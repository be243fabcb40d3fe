/** Types passed between the pure stages of the extraction pipeline. */
import type { PartialDate } from "../common/graph-document.ts";

export type SourceFormat = "txt" | "md" | "html";

/** Metadata an article may carry: from front matter, HTML meta tags, a manifest or the API. */
export interface ArticleMeta {
  title: string | null;
  published: PartialDate | null;
  outlet: string | null;
  author: string | null;
  url: string | null;
}

/** An article as read from a file or received through the API, before cleaning. */
export interface SourceArticle {
  /** Stable identity of the article: its URL if known, else its file name. */
  key: string;
  file: string | null;
  format: SourceFormat;
  /** Main text: for HTML already stripped of markup, scripts and navigation. */
  text: string;
  meta: ArticleMeta;
}

/** The article body without page furniture or reader comments. */
export interface CleanArticle {
  id: string;
  file: string | null;
  meta: ArticleMeta;
  body: string;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  paragraph: number;
}

export type MentionKind = "person" | "institution" | "country" | "place";

/** A span of text that names something, before resolution. */
export interface Mention {
  kind: MentionKind;
  /** Surface text, e.g. "Yu. Ushakov". */
  text: string;
  /** The name with titles stripped, e.g. "Ushakov"; for countries the canonical country name. */
  name: string;
  start: number;
  end: number;
  sentence: number;
  /** Role or title found beside a person, e.g. "Foreign Minister". */
  role?: string;
  /** Country implied by an adjective or possessive beside the name ("Russian Foreign Minister"). */
  countryHint?: string;
  /** Country code for country mentions; for places, the country they lie in. */
  countryCode?: string;
  /** True when the mention stands for a government by metonymy ("the Kremlin said"). */
  metonymy?: boolean;
  /** 0..1: how sure the mechanism that found it is. */
  confidence: number;
}

/** An entity resolved within one article: all its mentions, a canonical name, aliases. */
export interface ResolvedEntity {
  /** Deterministic id, shared across articles for the same entity. */
  id: string;
  kind: "person" | "institution" | "country";
  name: string;
  aliases: string[];
  mentions: Mention[];
  roles: string[];
  country: string | null;
  affiliations: string[];
  institutionKind?: string;
  countryCode?: string | null;
  confidence: number;
}
