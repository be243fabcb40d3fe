import { describe, expect, it } from "vitest";
import { emptyKnowledge } from "../knowledge/knowledge.ts";
import { extractDocument, testKnowledge } from "../testing/build-article.ts";

const meetings = (text: string, published = "2025-03-10") => {
  const doc = extractDocument([text], published, emptyKnowledge());
  const name = new Map(doc.people.map((p) => [p.id, p.name]));
  return doc.meetings.map((m) => ({ ...m, participants: m.participants.map((id) => name.get(id)).sort() }));
};

describe("meeting extraction", () => {
  it("reads participants, place and a date resolved against the article's date", () => {
    const [m] = meetings(
      "Foreign Minister Anna Keller met Foreign Minister Jonas Berg in Geneva on Friday.",
      "2025-03-10",
    );
    expect(m).toMatchObject({ kind: "talks", place: "Geneva", status: "held", date: "2025-03-07" });
    expect(m!.participants).toEqual(["Anna Keller", "Jonas Berg"]);
  });

  it("marks a meeting announced for the future as planned, with a forward date", () => {
    const [m] = meetings(
      "Foreign Minister Anna Keller will meet Foreign Minister Jonas Berg in Oslo on Friday.",
      "2025-03-10",
    );
    expect(m).toMatchObject({ status: "planned", date: "2025-03-14", place: "Oslo" });
  });

  it("recognises a phone call and its date", () => {
    const [m] = meetings(
      "President Lena Marsh and President Omar Haddad held a telephone call on February 12.",
    );
    expect(m).toMatchObject({ kind: "call", date: "2025-02-12" });
  });

  it("takes delegations named after the meeting as its participants", () => {
    const [m] = meetings(
      "On March 3 the talks took place in Vienna. From the Austrian side: Minister Eva Gruber and Ambassador Karl Lenz. The other side was led by Senator Ivo Petrov.",
    );
    expect(m!.participants).toEqual(["Eva Gruber", "Ivo Petrov", "Karl Lenz"]);
    expect(m).toMatchObject({ date: "2025-03-03", place: "Vienna" });
  });

  it("follows one side's list to the other's, in the next paragraph", () => {
    const [m] = meetings(
      "On March 3 the talks took place in Valletta. From the Maltese side: Minister Eva Gruber and Ambassador Karl Lenz. The deputy minister stayed at home.\n\nFrom the Cypriots – Senator Ivo Petrov and envoy Nora Vale. The talks ended late.",
    );
    expect(m!.participants).toEqual(["Eva Gruber", "Ivo Petrov", "Karl Lenz", "Nora Vale"]);
  });

  it("does not wander into a later paragraph that lists no delegation", () => {
    const [m] = meetings(
      "On March 3 the talks took place in Valletta. From the Maltese side: Minister Eva Gruber and Ambassador Karl Lenz.\n\nSenator Ivo Petrov later criticised the outcome.",
    );
    expect(m!.participants).toEqual(["Eva Gruber", "Karl Lenz"]);
  });

  it("does not seat someone named only as another's agent ('Marsh’s negotiator')", () => {
    const [m] = meetings(
      "Minister Ivo Petrov held talks in Doha with Daniel Frost, President Lena Marsh’s negotiator, on March 2.",
    );
    expect(m!.participants).toEqual(["Daniel Frost", "Ivo Petrov"]);
  });

  it("merges two reports of the same meeting into one", () => {
    const found = meetings(
      "Minister Ivo Petrov met Minister Eva Gruber in Vienna on March 3. The meeting between Petrov and Gruber on March 3 lasted four hours.",
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.evidence).toHaveLength(2);
  });

  it("seats the two people before 'their call', not the person reporting it", () => {
    const [m] = meetings(
      "Minister Ivo Petrov was referring to President Lena Marsh’s pledge to President Omar Haddad during their telephone call of February 12.",
    );
    expect(m).toMatchObject({ kind: "call", date: "2025-02-12" });
    expect(m!.participants).toEqual(["Lena Marsh", "Omar Haddad"]);
  });

  it("reports no meeting that 'had not been planned'", () => {
    expect(
      meetings(
        "Minister Ivo Petrov said a meeting between President Lena Marsh and President Omar Haddad had not been planned.",
      ),
    ).toEqual([]);
  });

  it("does not seat people named in a compound ('the Marsh-Haddad agreement')", () => {
    const [m] = meetings(
      "Officials met in Vienna on March 3 to implement the Marsh-Haddad agreement. Minister Ivo Petrov and Minister Eva Gruber failed to agree.",
    );
    expect(m!.participants).toEqual(["Eva Gruber", "Ivo Petrov"]);
  });

  it("takes delegations named at the start of the next paragraph when the meeting names no one", () => {
    const [m] = meetings(
      "Technical teams met in Doha on 4 March. The talks lasted ten hours.\n\nThe Qatari side was represented by Minister Eva Gruber. The other team was led by Senator Ivo Petrov.",
    );
    expect(m!.participants).toEqual(["Eva Gruber", "Ivo Petrov"]);
    expect(m).toMatchObject({ date: "2025-03-04", place: "Doha" });
  });

  it("takes no meeting from a headline, which carries no date of its own", () => {
    const found = meetings(
      "Experts meet in Doha; Gruber later meets Petrov\n\nMinister Eva Gruber met Senator Ivo Petrov in Oslo on 11 March.",
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ place: "Oslo", date: "2025-03-11" });
  });
});

describe("meetings that are reported, not held by the reporter", () => {
  it("keeps the briefer out of a call they brief on, as a briefing of their own", () => {
    const found = meetings(
      "Aide Karl Lenz briefed reporters on the telephone conversation between President Anna Keller and President Jonas Berg.",
    );
    const call = found.find((m) => m.kind === "call")!;
    expect(call.participants).toEqual(["Anna Keller", "Jonas Berg"]);
    expect(found.find((m) => m.kind === "briefing")?.participants).toEqual(["Karl Lenz"]);
  });

  it("reads a readout's 'spoke today with' as a call", () => {
    const [m] = meetings(
      "Secretary of State Anna Keller spoke today with Prime Minister Jonas Berg on trade.",
    );
    expect(m).toMatchObject({ kind: "call", date: "2025-03-10" });
  });
});

describe("meeting places", () => {
  it("takes the city a venue implies", () => {
    const [m] = meetings("President Anna Keller met President Jonas Berg at the Kremlin on March 3.");
    expect(m).toMatchObject({ place: "Moscow", date: "2025-03-03" });
  });

  it("takes the city that names a summit", () => {
    const [m] = meetings(
      "President Anna Keller and President Jonas Berg met at the Singapore Summit in June.",
    );
    expect(m!.place).toBe("Singapore");
  });

  it("takes the dateline for the lead's meeting of the day, not for one it recalls", () => {
    const found = meetings(
      "OSLO, March 10 (Wire) - Minister Anna Keller met Minister Jonas Berg today.\n\nMinister Karl Lenz met Minister Eva Gruber on 3 January.",
    );
    expect(found.find((m) => m.participants.includes("Anna Keller"))!.place).toBe("Oslo");
    expect(found.find((m) => m.participants.includes("Karl Lenz"))!.place).toBeNull();
  });
});

describe("who is present and when", () => {
  it("takes no meeting from a meeting named only as an aim", () => {
    expect(
      meetings(
        "A meeting between President Anna Keller and President Jonas Berg is the goal, Minister Eva Gruber said.",
      ),
    ).toEqual([]);
    expect(meetings("President Anna Keller hopes to meet with President Jonas Berg.")).toEqual([]);
  });

  it("does not seat someone named in a possessive of a wish", () => {
    const found = meetings(
      "President Anna Keller and President Jonas Berg held a telephone call on March 3. Building on Keller's desire for calm, the presidents agreed to continue contacts.",
    );
    expect(found.every((m) => m.participants.length === 2)).toBe(true);
  });

  it("dates an undated meeting reported as held in the lead on the publication day", () => {
    const [m] = meetings(
      "During a phone conversation with President Jonas Berg, President Anna Keller spoke about the talks.",
      "2025-03-10",
    );
    expect(m).toMatchObject({ kind: "call", date: "2025-03-10" });
  });
});

describe("delegations named after a meeting", () => {
  it("does not seat the agent of a 'by' phrase or someone named in a possessive", () => {
    const [m] = meetings(
      "On March 3 the talks took place in Vienna. Minister Eva Gruber told both sides that the plan announced by President Ivo Petrov, and President Nora Vale's proposal, showed progress.",
    );
    expect(m?.participants ?? []).not.toContain("Ivo Petrov");
    expect(m?.participants ?? []).not.toContain("Nora Vale");
  });

  it("recalls earlier calls a readout dates, between the people of its own call", () => {
    const found = meetings(
      "President Lena Marsh held a telephone conversation with President Omar Haddad. " +
        "The call was a follow-up on the February 7 videoconference and the February 20 telephone conversation.",
      "2025-03-10",
    );
    const dates = found.map((m) => m.date).sort();
    expect(dates).toEqual(["2025-02-07", "2025-02-20", "2025-03-10"]);
    for (const m of found) expect(m.participants).toEqual(["Lena Marsh", "Omar Haddad"]);
  });

  it("reads an exchange of views with someone as talks", () => {
    const [m] = meetings(
      "On March 3 in Geneva, President Lena Marsh exchanged views with President Omar Haddad.",
    );
    expect(m).toMatchObject({ kind: "talks", date: "2025-03-03" });
    expect(m!.participants).toEqual(["Lena Marsh", "Omar Haddad"]);
  });

  it("never seats a lone city name taken for a person", () => {
    // From the dev split (ua-07), where the mention stage reads "Brussels" as a person.
    const text =
      "The President said this during a conversation with media representatives on the sidelines of the sixth Eastern Partnership Summit, which is taking place in Brussels. " +
      "President Volodymyr Zelensky said that during his talks with German Chancellor Olaf Scholz in Brussels on the sidelines of the Eastern Partnership Summit, he raised the issue.";
    const doc = extractDocument([text], "2021-12-15", testKnowledge());
    const names = new Map(doc.people.map((p) => [p.id, p.name]));
    // The mention stage read "Brussels" here as a person until its "title ends at 'in'" rule;
    // the meeting stage's guard stays for the readings it still gets wrong.
    expect(doc.meetings.length).toBeGreaterThan(0);
    for (const m of doc.meetings.map((x) => ({ participants: x.participants.map((id) => names.get(id)) })))
      expect(m.participants).not.toContain("Brussels");
  });

  it("reads 'on the phone with' as a call, and 'will soon meet' as planned", () => {
    const [call] = meetings(
      "President Lena Marsh was on the phone again with President Omar Haddad on March 3.",
    );
    expect(call).toMatchObject({ kind: "call", date: "2025-03-03", status: "held" });
    const [planned] = meetings(
      "Foreign Minister Anna Keller will soon meet Foreign Minister Jonas Berg in Oslo.",
    );
    expect(planned).toMatchObject({ status: "planned", place: "Oslo" });
  });

  it("reads a return to a named place as a visit, not a return to the table", () => {
    const [visit] = meetings(
      "Special Envoy Anna Keller will return to the Middle East on March 14 for further consultations.",
    );
    expect(visit).toMatchObject({ kind: "visit", status: "planned", date: "2025-03-14" });
    expect(visit!.participants).toEqual(["Anna Keller"]);
    expect(
      meetings("Special Envoy Anna Keller urged both sides to return to the negotiating table."),
    ).toEqual([]);
  });
});

describe("a person's own meeting with officials", () => {
  it("seats the person whose meeting it is, not only someone's agent", () => {
    const [m] = meetings(
      "Secretary of State Anna Keller’s meeting with officials from Sylvania, scheduled for this week in Geneva, will take place later.",
      "2018-11-07",
    );
    expect(m).toMatchObject({ place: "Geneva", status: "planned" });
    expect(m!.participants).toEqual(["Anna Keller"]);
  });

  it("still leaves out someone named as another's officials", () => {
    const found = meetings("Anna Keller’s senior officials met in Geneva on Friday.", "2018-11-07");
    expect(found.flatMap((m) => m.participants)).not.toContain("Anna Keller");
  });
});

describe("a transcript's own briefing", () => {
  it("is dated on publication and placed at the transcript's place line", () => {
    const found = meetings(
      "Anna Keller, Secretary of State\n\nOslo, Norway\n\nQUESTION: Thank you, Secretary Anna Keller, for joining us for this brief interview.\n\nSECRETARY KELLER: Thank you.",
      "2021-07-29",
    );
    expect(found.find((m) => m.kind === "briefing")).toMatchObject({ date: "2021-07-29", place: "Oslo" });
  });
});

describe("a transcript's question", () => {
  it("seats the one who answers for its 'you', and reads 'is going to be meeting' as planned", () => {
    const found = meetings(
      "Anna Keller, Secretary of State\n\nOslo, Norway\n\nQUESTION: Foreign Minister Jonas Berg revealed that he is going to be meeting with you tomorrow.\n\nSECRETARY KELLER: Yes.",
      "2026-07-22",
    );
    expect(found.find((m) => m.kind === "talks")).toMatchObject({
      participants: ["Anna Keller", "Jonas Berg"],
      status: "planned",
      date: "2026-07-23",
    });
  });
});

describe("a first person in a contraction", () => {
  it("seats the speaker of 'I’ll be meeting' and reads it as planned", () => {
    const found = meetings(
      "Anna Keller, Secretary of State\n\nOslo, Norway\n\nSECRETARY KELLER: I’ll be meeting Foreign Minister Jonas Berg on Friday.",
      "2026-07-22",
    );
    expect(found.find((m) => m.kind === "talks")).toMatchObject({
      participants: ["Anna Keller", "Jonas Berg"],
      status: "planned",
      date: "2026-07-24",
    });
  });
});

describe("a meeting set in a stated year", () => {
  it("takes the year, not the publication day, when the sentence gives only a year", () => {
    const [m] = meetings(
      "In 2023, Foreign Minister Anna Keller met Foreign Minister Jonas Berg in Geneva.",
      "2026-05-10",
    );
    expect(m).toMatchObject({ date: "2023", place: "Geneva" });
  });

  it("does not take a deadline year for the meeting's", () => {
    const [m] = meetings(
      "Foreign Minister Anna Keller met Foreign Minister Jonas Berg in Geneva to discuss goals for 2030.",
      "2026-05-10",
    );
    expect(m?.date).not.toBe("2030");
  });
});

describe("a pronoun leading a meeting's clause", () => {
  it("seats the subject of the last sentence naming someone for a 'he' that leads the meeting's clause", () => {
    const found = meetings(
      "Minister Anna Keller said the war will not end with President Omar Haddad in power.\n\nThe top diplomat said he talked on the phone with Minister Jonas Berg about a truce.",
    );
    const call = found.find((m) => m.kind === "call");
    expect(call!.participants).toEqual(["Anna Keller", "Jonas Berg"]);
  });

  it("does not seat a pronoun's referent in another person's meeting ('he said that, like X's visit, …')", () => {
    const found = meetings(
      "Minister Anna Keller met the negotiators in Oslo on March 3.\n\nHe underscored that the process, like President Omar Haddad's historic visit to Vienna, was a sign of change.",
    );
    const visit = found.find((m) => m.kind === "visit");
    expect(visit?.participants ?? []).not.toContain("Anna Keller");
  });
});

describe("'the two leaders' standing for a pair named just before", () => {
  it("seats the pair and dates the meeting by 'last year', and drops the meeting said not to be planned", () => {
    const found = meetings(
      "The office said on Friday no meeting is planned between President Lena Marsh and her counterpart, Omar Haddad, at the assembly next week. Last year, the two leaders held a historic phone conversation at the assembly.",
      "2014-09-26",
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: "call", date: "2013", status: "held" });
    expect(found[0]!.participants).toEqual(["Lena Marsh", "Omar Haddad"]);
  });

  it("seats no one when no sentence before names two people", () => {
    const found = meetings(
      "The office said talks are difficult. Last year, the two leaders held a historic phone conversation.",
      "2014-09-26",
    );
    expect(found).toHaveLength(0);
  });
});

describe("a bare title standing for the one person of that title named just before", () => {
  it("seats the Secretary of the sentence before", () => {
    const [m] = meetings(
      "Secretary of State Anna Keller spoke to the press in Oslo.\n\nThe Secretary first met with the negotiating team in Oslo on March 3.",
    );
    expect(m!.participants).toEqual(["Anna Keller"]);
    expect(m).toMatchObject({ place: "Oslo", date: "2025-03-03" });
  });

  it("seats no one when two people of that title were named, or the title has its own complement", () => {
    const two = meetings(
      "President Anna Keller and President Omar Haddad spoke to the press.\n\nThe President first met with the negotiating team in Oslo on March 3.",
    );
    expect(two.flatMap((m) => m.participants)).not.toContain("Anna Keller");
    const complement = meetings(
      "President Anna Keller spoke to the press.\n\nThe President of the Assembly first met with the negotiating team in Oslo on March 3.",
    );
    expect(complement.flatMap((m) => m.participants)).not.toContain("Anna Keller");
  });
});
