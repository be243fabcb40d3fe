/** The domain knowledge file: known people, institutions and country names, for typing and resolution. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { z } from "zod";
import { nameKey } from "../text/normalize.ts";

const PersonSchema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  country: z.string().optional(),
  roles: z.array(z.string()).default([]),
  affiliations: z.array(z.string()).default([]),
});
const InstitutionSchema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  kind: z.string().default("other"),
  country: z.string().optional(),
  /** The country this institution speaks for by metonymy ("the Kremlin said"). */
  actsFor: z.string().optional(),
  /** The city a meeting "at" this institution takes place in. */
  venue: z.string().optional(),
});
const CountrySchema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  /** Adjectives that name the country ("Soviet"), beyond those the country-data package has. */
  demonyms: z.array(z.string()).default([]),
});
const KnowledgeSchema = z.object({
  people: z.array(PersonSchema).default([]),
  institutions: z.array(InstitutionSchema).default([]),
  countries: z.array(CountrySchema).default([]),
});

export type KnownPerson = z.infer<typeof PersonSchema>;
export type KnownInstitution = z.infer<typeof InstitutionSchema>;
export type KnownCountry = z.infer<typeof CountrySchema>;

export interface Knowledge {
  people: KnownPerson[];
  institutions: KnownInstitution[];
  countries: KnownCountry[];
  /** Folded name or alias → known person. */
  personByKey: Map<string, KnownPerson>;
  institutionByKey: Map<string, KnownInstitution>;
  /** First words of known institution names and aliases: a cheap gate before longer matches. */
  institutionFirstWords: Set<string>;
}

const BASE_FILE = fileURLToPath(new URL("./base.yaml", import.meta.url));
/** Well-known organisations (outlets, international bodies, think tanks, armed groups): part of the shipped knowledge. */
const ORGANISATIONS_FILE = fileURLToPath(new URL("./organisations.yaml", import.meta.url));
/** Leaders, ministers, envoys and negotiators of world diplomacy, and the state bodies news names. */
const WORLD_FILE = fileURLToPath(new URL("./world.yaml", import.meta.url));

function parseKnowledgeFile(path: string): z.infer<typeof KnowledgeSchema> {
  let data: unknown;
  try {
    data = parse(readFileSync(path, "utf8"));
  } catch (err) {
    throw new Error(
      `${path}: cannot read knowledge file (${err instanceof Error ? err.message.split("\n")[0] : err})`,
      { cause: err },
    );
  }
  const parsed = KnowledgeSchema.safeParse(data ?? {});
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`${path}: invalid knowledge file: ${problems}`);
  }
  return parsed.data;
}

/** Merges entries by name: a later file extends or overrides an earlier one. */
function mergeByName<T extends { name: string; aliases: string[] }>(lists: T[][]): T[] {
  const byName = new Map<string, T>();
  for (const list of lists)
    for (const entry of list) {
      const key = nameKey(entry.name);
      const prev = byName.get(key);
      byName.set(
        key,
        prev ? { ...prev, ...entry, aliases: [...new Set([...prev.aliases, ...entry.aliases])] } : entry,
      );
    }
  return [...byName.values()];
}

function indexByKey<T extends { name: string; aliases: string[] }>(entries: T[]): Map<string, T> {
  const index = new Map<string, T>();
  for (const e of entries) for (const n of [e.name, ...e.aliases]) index.set(nameKey(n), e);
  return index;
}

function firstWords(entries: { name: string; aliases: string[] }[]): Set<string> {
  return new Set(entries.flatMap((e) => [e.name, ...e.aliases]).map((n) => nameKey(n).split(" ")[0]!));
}

/** Loads the shipped knowledge files (base, then world) plus any user files, later ones extending earlier ones. */
export function loadKnowledge(extraFiles: string[] = []): Knowledge {
  const files = [BASE_FILE, ORGANISATIONS_FILE, WORLD_FILE, ...extraFiles].map(parseKnowledgeFile);
  const people = mergeByName(files.map((f) => f.people));
  const institutions = mergeByName(files.map((f) => f.institutions));
  const countries = mergeByName(files.map((f) => f.countries));
  return {
    people,
    institutions,
    countries,
    personByKey: indexByKey(people),
    institutionByKey: indexByKey(institutions),
    institutionFirstWords: firstWords(institutions),
  };
}

/** Knowledge with nothing in it: extraction by mechanisms alone (used to test that they stand alone). */
export function emptyKnowledge(): Knowledge {
  return {
    people: [],
    institutions: [],
    countries: [],
    personByKey: new Map(),
    institutionByKey: new Map(),
    institutionFirstWords: new Set(),
  };
}
