import { describe, expect, it } from "vitest";
import { emptyKnowledge } from "../knowledge/knowledge.ts";
import { analyseArticle } from "../document/analyse-article.ts";
import { analyse, buildSourceArticle } from "../testing/build-article.ts";
import { jointTitleMeeting, titleMeeting, transcriptPlace } from "./title-meeting.ts";

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

  it("reads a transcript title naming two principals before their meeting as a meeting of them", () => {
    const a = analyse(
      "Anna Keller, Secretary of State\n\nJonas Berg, Foreign Minister\n\nRiga, Latvia\n\nFOREIGN MINISTER BERG: Thank you, Anna Keller, for coming.",
      "2022-03-06",
      emptyKnowledge(),
    );
    const m = jointTitleMeeting(
      "Secretary Anna Keller and Foreign Minister Jonas Berg Before Their Meeting",
      a.annotated,
      a.entities,
    );
    expect(m && { ...m, participants: m.participants.map((p) => p.name).sort() }).toMatchObject({
      kind: "talks",
      date: "2022-03-06",
      participants: ["Anna Keller", "Jonas Berg"],
    });
  });

  it("finds no joint meeting in a title of one person's remarks", () => {
    const a = analyse("Anna Keller spoke to the press.", "2022-03-06", emptyKnowledge());
    expect(
      jointTitleMeeting("Secretary Anna Keller Remarks to the Press", a.annotated, a.entities),
    ).toBeNull();
  });

  it("reads the place line of a transcript, not a speaker's words", () => {
    expect(transcriptPlace("Anna Keller, Secretary of State\n\nRiga, Latvia\n\nKELLER: Hello.")).toBe("Riga");
    expect(transcriptPlace("Anna Keller, Secretary of State\n\nKELLER: Hello.\n\nRiga, Latvia")).toBeNull();
  });

  it("does not place a titled call where the lead places other talks", () => {
    const a = analyseArticle(
      buildSourceArticle(
        "Anna Keller spoke with Jonas Berg today. They welcomed the agreement reached during the talks in Istanbul.",
        {
          meta: {
            published: "2025-05-17",
            title: "Secretary Keller’s Call with Foreign Minister Jonas Berg",
          },
        },
      ),
      emptyKnowledge(),
    );
    const call = a.meetings.find((m) => m.kind === "call" && m.participants.length === 2);
    expect(call).toMatchObject({ date: "2025-05-17", place: null });
  });
});
