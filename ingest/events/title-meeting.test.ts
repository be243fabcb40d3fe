import { describe, expect, it } from "vitest";
import { emptyKnowledge } from "../knowledge/knowledge.ts";
import { analyse } from "../testing/build-article.ts";
import { titleMeeting } from "./title-meeting.ts";

const fromTitle = (title: string, body: string) => {
  const a = analyse(body, "2022-03-06", emptyKnowledge());
  const m = titleMeeting(title, a.annotated, a.entities);
  return m && { ...m, participants: m.participants.map((p) => p.name).sort() };
};

describe("titleMeeting", () => {
  it("reads a readout's title as a call between the readout's subject and the guest it names", () => {
    const m = fromTitle(
      "Telephone conversation with President of Freedonia Rufus Firefly",
      "President Anna Keller informed Rufus Firefly on the progress of the talks. Mr Firefly thanked her.",
    );
    expect(m).toMatchObject({
      kind: "call",
      date: "2022-03-06",
      participants: ["Anna Keller", "Rufus Firefly"],
    });
  });

  it("takes the subject from a possessive title", () => {
    const m = fromTitle(
      "Secretary Keller’s Call with Foreign Minister Jonas Berg",
      "Secretary of State Anna Keller spoke with Foreign Minister Jonas Berg about trade. Anna Keller thanked him.",
    );
    expect(m?.participants).toEqual(["Anna Keller", "Jonas Berg"]);
  });

  it("finds no meeting in a title that names none", () => {
    expect(
      fromTitle("Statement on the peace accord", "President Anna Keller welcomed the accord."),
    ).toBeNull();
  });
});
