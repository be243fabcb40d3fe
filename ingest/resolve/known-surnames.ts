/**
 * Known people indexed by surname, built once per knowledge object: resolving a name by its
 * surname then looks at the few people who share it instead of scanning the whole file
 * (hundreds of entries) for every mention.
 */
import type { Knowledge, KnownPerson } from "../knowledge/knowledge.ts";
import { foldSurname } from "./surname.ts";

/** A known person's name or alias of two words or more, split once. */
export interface KnownNameForm {
  person: KnownPerson;
  words: string[];
}

export interface SurnameIndex {
  /** Surname of the canonical name → the people with it. */
  peopleBySurname: Map<string, KnownPerson[]>;
  /** Surname of any name or alias of two words or more → those forms. */
  formsBySurname: Map<string, KnownNameForm[]>;
}

export const nameWords = (name: string): string[] => name.split(/\s+/).filter(Boolean);
export const surnameOf = (name: string): string => foldSurname(nameWords(name).at(-1) ?? name);

const cache = new WeakMap<Knowledge, SurnameIndex>();

export function surnameIndex(knowledge: Knowledge): SurnameIndex {
  const cached = cache.get(knowledge);
  if (cached) return cached;
  const peopleBySurname = new Map<string, KnownPerson[]>();
  const formsBySurname = new Map<string, KnownNameForm[]>();
  for (const person of knowledge.people) {
    const key = surnameOf(person.name);
    peopleBySurname.set(key, [...(peopleBySurname.get(key) ?? []), person]);
    for (const form of [person.name, ...person.aliases]) {
      const words = nameWords(form);
      if (words.length < 2) continue;
      const formKey = surnameOf(form);
      formsBySurname.set(formKey, [...(formsBySurname.get(formKey) ?? []), { person, words }]);
    }
  }
  const index = { peopleBySurname, formsBySurname };
  cache.set(knowledge, index);
  return index;
}
