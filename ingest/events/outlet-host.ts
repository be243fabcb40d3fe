/**
 * The host of a first-person official outlet's readout: the holder of the outlet's office on the
 * day of publication (`ingest/knowledge/outlet-hosts.yaml`), as one of the article's resolved people.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { z } from "zod";
import type { PartialDate } from "../../common/graph-document.ts";
import type { ResolvedEntity } from "../types.ts";
import { foldForMatch } from "./fold.ts";

const HOSTS_FILE = fileURLToPath(new URL("../knowledge/outlet-hosts.yaml", import.meta.url));
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const OutletHosts = z.object({
  outlets: z.array(
    z.object({
      office: z.string(),
      match: z.array(z.string().min(3)).min(1),
      holders: z.array(z.object({ name: z.string(), from: Day, to: Day.nullable() })).min(1),
    }),
  ),
});
type OutletHosts = z.infer<typeof OutletHosts>;

let outlets: OutletHosts["outlets"] | null = null;
const loadOutlets = (): OutletHosts["outlets"] =>
  (outlets ??= OutletHosts.parse(parse(readFileSync(HOSTS_FILE, "utf8"))).outlets);

export interface OutletMeta {
  outlet: string | null;
  url: string | null;
  published: PartialDate | null;
}

/** The name of whoever held the outlet's office on the day of publication, or null. */
export function outletHostName(meta: OutletMeta): string | null {
  const source = `${meta.outlet ?? ""} ${meta.url ?? ""}`.toLowerCase();
  const day = meta.published?.length === 10 ? meta.published : null;
  if (!day || !source.trim()) return null;
  for (const o of loadOutlets())
    if (o.match.some((m) => source.includes(m.toLowerCase())))
      for (const h of o.holders) if (h.from <= day && (!h.to || day < h.to)) return h.name;
  return null;
}

const surname = (name: string): string => foldForMatch(name).split(" ").at(-1) ?? "";

/** The article's person who is the outlet's office-holder, matched by full name or surname. */
export function outletHost(meta: OutletMeta, people: ResolvedEntity[]): ResolvedEntity | null {
  const name = outletHostName(meta);
  if (!name) return null;
  const full = foldForMatch(name);
  const last = surname(name);
  return (
    people.find((p) => [p.name, ...p.aliases].some((n) => foldForMatch(n) === full)) ??
    people.find((p) => [p.name, ...p.aliases].some((n) => surname(n) === last)) ??
    null
  );
}
