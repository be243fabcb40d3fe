import { describe, expect, it } from "vitest";
import { emptyKnowledge, loadKnowledge } from "../knowledge/knowledge.ts";
import { splitSentences } from "../text/sentences.ts";
import type { Mention } from "../types.ts";
import { nameKey } from "../text/normalize.ts";
import { findMentions } from "./find-mentions.ts";
import { extractText } from "../index.ts";

// Mechanisms alone: no knowledge file, so every name below is found by its shape and context.
const find = (text: string): Mention[] => findMentions(text, splitSentences(text), emptyKnowledge());
const names = (text: string, kind: Mention["kind"]): string[] =>
  find(text)
    .filter((m) => m.kind === kind && m.confidence >= 0.5)
    .map((m) => m.name);

describe("findMentions (no knowledge file)", () => {
  it("keeps acronyms after a transcript's speaker label in capitals", () => {
    const text = "SECRETARY BLINKEN: Our partners in NATO, the European Union and the G7 agree.";
    expect(names(text, "institution")).toEqual(expect.arrayContaining(["NATO", "G7"]));
  });

  it("reads acronyms of a headline in capitals as words", () => {
    expect(names("LEADERS AGREE TO MEET IN GENEVA", "institution")).toEqual([]);
  });

  it("reads a people named in the plural as its country, never a body", () => {
    const text =
      "So obviously the Saudis have come under attack. And with the Brits, we have worked closely.";
    expect(names(text, "institution")).toEqual([]);
    expect(names(text, "country")).toEqual(["Saudi Arabia", "United Kingdom"]);
  });

  it("takes a river or region after a preposition of place and 'the' for no group", () => {
    expect(names("Troops crossed over the Dnieper and fought in the Sahel.", "institution")).toEqual([]);
  });

  it("keeps an interviewer named with 'of' and an outlet as a person of that outlet", () => {
    const found = find("Secretary Antony J. Blinken with Saad Al-Enezi of Sky News Arabia");
    expect(found.find((m) => m.name === "Saad Al-Enezi")).toMatchObject({
      kind: "person",
      role: "Sky News Arabia",
    });
    expect(names("Secretary Antony J. Blinken with Saad Al-Enezi of Sky News Arabia", "institution")).toEqual(
      ["Sky News Arabia"],
    );
  });

  it("names a body after the person it honours by its head noun", () => {
    const text = "Mahjoob Zweiri, a professor at Hamad bin Khalifa University, said talks would resume.";
    expect(names(text, "institution")).toEqual(["Hamad bin Khalifa University"]);
    expect(names(text, "person")).toEqual(["Mahjoob Zweiri"]);
  });

  it("reads 'Community' and 'Nations' as heads of international bodies", () => {
    const text = "The Economic Community of West African States and the United Nations met.";
    expect(names(text, "institution")).toEqual([
      "Economic Community of West African States",
      "United Nations",
    ]);
    expect(names(text, "person")).toEqual([]);
  });

  it("names a body its bracketed acronym spells, and no document or title", () => {
    // The acronym in brackets is a second mention of the same name.
    expect(names("Hayat Tahrir al-Sham (HTS) took the city.", "institution")).toEqual([
      "Hayat Tahrir al-Sham",
      "Hayat Tahrir al-Sham",
    ]);
    expect(names("The Joint Comprehensive Plan of Action (JCPOA) collapsed.", "institution")).toEqual([]);
    expect(names("U.S. Special Envoy for Sudan (USSES) Tom Perriello will travel.", "institution")).toEqual(
      [],
    );
  });

  it("reads no person as an outlet from attribution alone", () => {
    const text =
      "In an interview with Tucker Carlson, the president spoke. Erdogan reported progress to parliament. " +
      "Twenty died, according to the Hamas-run health ministry. President Trump met aides; Vance told Trump.";
    expect(names(text, "institution")).toEqual([]);
  });

  it("reads 'US' and 'UK' as countries, not as institutions", () => {
    const text = "The US and the UK agreed; they invested US$20 billion.";
    expect(names(text, "country")).toEqual(["United States", "United Kingdom", "United States"]);
    expect(names(text, "institution")).toEqual([]);
  });

  it("finds a person after a title and keeps the title as a role", () => {
    const [m] = find("Yesterday Deputy Foreign Minister Oleksandr Bondarenko arrived.").filter(
      (x) => x.kind === "person",
    );
    expect(m?.name).toBe("Oleksandr Bondarenko");
    expect(m?.role).toBe("Deputy Foreign Minister");
  });

  it("keeps a broadcaster's channel number in its name, and no other number", () => {
    const text = "Israel's Channel 12 News reported the talks. The Council 12 members met.";
    expect(names(text, "institution")).toContain("Channel 12 News");
    expect(find(text).some((m) => m.text.includes("Council 12"))).toBe(false);
  });

  it("leaves a demonym out of a known outlet's name and keeps it as the country", () => {
    const text =
      "Speaking to Israeli Channel 12 News, the minister said the Russian Foreign Ministry agreed.";
    const found = findMentions(text, splitSentences(text), loadKnowledge());
    const institutions = found.filter((m) => m.kind === "institution").map((m) => m.name);
    expect(institutions).toContain("Channel 12");
    expect(institutions).toContain("Russian Foreign Ministry");
    expect(found.filter((m) => m.kind === "country").map((m) => m.name)).toContain("Israel");
  });

  it("takes no weapon, law, convention or greeting for a person", () => {
    const text =
      "Tomahawk Missiles and Starlink terminals were discussed. The Geneva Conventions apply, said the envoy. " +
      "Allahu Akbar, shouted the crowd. Eid Mubarak, wrote the minister.";
    expect(extractText(text).people.map((p) => p.name)).toEqual([]);
  });

  it("takes no region or body of nations for a person", () => {
    const text = "The envoy told the United Nations that Latin America and Central Asia would help.";
    expect(extractText(text, { knowledge: emptyKnowledge() }).people.map((p) => p.name)).toEqual([]);
  });

  it("finds a person after an honorific but keeps no role from it", () => {
    const [m] = find("Mr Oleksandr Bondarenko arrived late.").filter((x) => x.kind === "person");
    expect(m?.name).toBe("Oleksandr Bondarenko");
    expect(m?.role).toBeUndefined();
  });

  it("keeps a surname with an Arabic article in a known name, but never starts a name with one", () => {
    const knowledge = emptyKnowledge();
    const known = { name: "Kamal al-Mansouri", aliases: [], roles: [], affiliations: [] };
    knowledge.people.push(known);
    knowledge.personByKey.set(nameKey(known.name), known);
    const text =
      "The army chief, General Kamal al-Mansouri, rejected the talks. Crowds gathered near al-Mansouri Square.";
    const people = findMentions(text, splitSentences(text), knowledge).filter((m) => m.kind === "person");
    expect(people.map((m) => m.name)).toEqual(["Kamal al-Mansouri"]);
  });

  it("names a state body after the country that owns it in the possessive", () => {
    const found = find("Norway’s Ministry of Foreign Affairs said the talks would resume.");
    const ministry = found.find((m) => m.kind === "institution");
    expect(ministry?.name).toBe("Norwegian Ministry of Foreign Affairs");
    expect(ministry?.countryHint).toBe("Norway");
    expect(found.find((m) => m.kind === "country")?.name).toBe("Norway");
    // Not a state's body: the name stays as written.
    expect(names("Oslo’s University of Life Sciences hosted them.", "institution")).toEqual([
      "University of Life Sciences",
    ]);
  });

  it("splits two institutions with the same head, and joins two nouns inside one name", () => {
    expect(
      names("Scholars at the University of Tromso and Nordland University disagreed.", "institution"),
    ).toEqual(["University of Tromso", "Nordland University"]);
    expect(names("The Institute for Strategy and Security warned of escalation.", "institution")).toEqual([
      "Institute for Strategy and Security",
    ]);
    // A place after "and" is not part of the name.
    expect(names("The Council of Europe and Africa met.", "institution")).toEqual(["Council of Europe"]);
  });

  it("finds East Slavic initials with the surname", () => {
    expect(names("The talks were led by Yu. Petrenko and S. Kovalchuk.", "person")).toEqual([
      "Yu. Petrenko",
      "S. Kovalchuk",
    ]);
  });

  it("finds a person from an appositive role after the name", () => {
    const m = find("Talks were held with Marisa Quell, a deputy assistant secretary of state, in Oslo.").find(
      (x) => x.kind === "person",
    );
    expect(m?.name).toBe("Marisa Quell");
    expect(m?.role).toContain("deputy assistant secretary");
  });

  it("finds Chinese names whose surname comes first", () => {
    expect(names("Later Wang Jun met the delegation.", "person")).toEqual(["Wang Jun"]);
  });

  it("finds a person named before a verb of saying", () => {
    expect(names("The offer is serious, Tomasz Wierzbicki said on Friday.", "person")).toEqual([
      "Tomasz Wierzbicki",
    ]);
  });

  it("types institutions by their head noun, with an 'of' tail", () => {
    expect(
      names(
        "The Ministry of Foreign Affairs of Norway and the Nordic Investment Fund issued a note.",
        "institution",
      ),
    ).toEqual(["Ministry of Foreign Affairs of Norway", "Nordic Investment Fund"]);
  });

  it("treats camel-case single words as companies", () => {
    expect(names("Energy firms such as PetroNova and BlueHarbor were named.", "institution")).toEqual([
      "PetroNova",
      "BlueHarbor",
    ]);
  });

  it("reads demonyms as countries and a capital acting as a government as its country", () => {
    const ms = find("Polish officials said Berlin wanted more time.");
    expect(ms.filter((m) => m.kind === "country").map((m) => m.name)).toEqual(["Poland", "Germany"]);
    expect(ms.find((m) => m.text === "Berlin")?.metonymy).toBe(true);
  });

  it("reads a capital after 'in' as a place, not a government", () => {
    const ms = find("The envoys met in Berlin on Monday.");
    expect(ms.find((m) => m.text === "Berlin")?.kind).toBe("place");
  });

  it("does not take a capitalised sentence opener for a name", () => {
    expect(names("Despite the rain, talks went on.", "person")).toEqual([]);
  });

  it("reads a word with an Arabic article as a name: a known group", () => {
    const text = "The threat from al-Qaida has been degraded.";
    const ms = findMentions(text, splitSentences(text), loadKnowledge());
    expect(ms.map((m) => [m.kind, m.name])).toEqual([["institution", "al-Qaida"]]);
  });

  it("finds a name in apposition to a title, its particles not taken for vocabulary", () => {
    expect(names("The Foreign Minister of Oman, Sayyid Badr al Busaidi, spoke.", "person")).toEqual([
      "Sayyid Badr al Busaidi",
    ]);
  });

  it("ends a title at 'in': the place after it is not the title holder", () => {
    const ms = find("He met the German Chancellor in Brussels on Friday.");
    expect(ms.find((m) => m.text === "Brussels")?.kind).toBe("place");
  });

  it("never carries a meeting's place or month into an institution's name", () => {
    expect(names("They spoke at the Baltic-Nordic Council in Tallinn on January 12.", "institution")).toEqual(
      ["Baltic-Nordic Council"],
    );
  });

  it("keeps 'in <place>' after an embassy, and reads 'and the' as a second name", () => {
    expect(
      names("Staff of the Chilean Embassy in Oslo and the Lutheran Church in Chile met.", "institution"),
    ).toEqual(["Chilean Embassy in Oslo", "Lutheran Church in Chile"]);
  });

  it("finds state bodies named by a demonym or a country, one name per body", () => {
    expect(
      names(
        "The Chilean government and the Republic of Chile Government thanked the Peruvian armed forces.",
        "institution",
      ),
    ).toEqual(["Government of Chile", "Government of Chile", "Armed Forces of Peru"]);
  });

  it("keeps a regnal title in the name of someone known by one name", () => {
    expect(names("The envoy met Pope Clement in Rome.", "person")).toEqual(["Pope Clement"]);
  });

  it("reads on after a possessive that stands inside a name", () => {
    const ms = find("Envoys from the Democratic People’s Republic of Korea arrived.");
    expect(ms.filter((m) => m.kind === "country").map((m) => m.name)).toEqual(["North Korea"]);
  });

  it("does not take a hotel for a person", () => {
    expect(names("They met at the Marlowe Hotel on Friday.", "person")).toEqual([]);
  });

  it("splits two institutions that share a plural head", () => {
    expect(names("The Chilean and Peruvian Foreign Ministries agreed.", "institution")).toEqual([
      "Chilean Foreign Ministry",
      "Peruvian Foreign Ministry",
    ]);
  });

  it("reads a name in brackets after an institution as its other name, here and later", () => {
    const ms = find("The Armed Forces of Freedonia (FAF) fought on. Later the FAF withdrew.").filter(
      (m) => m.kind === "institution",
    );
    expect(ms.map((m) => [m.text, m.name])).toEqual([
      ["Armed Forces of Freedonia", "Armed Forces of Freedonia"],
      ["FAF", "Armed Forces of Freedonia"],
      ["FAF", "Armed Forces of Freedonia"],
    ]);
  });
});
