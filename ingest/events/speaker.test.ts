import { describe, expect, it } from "vitest";
import { analyse, testKnowledge } from "../testing/build-article.ts";
import {
  addresseeAt,
  FIRST_PERSON,
  OUR_MEETING,
  SECOND_PERSON,
  speakerAt,
  transcriptSpeakers,
} from "./speaker.ts";

const speakerOf = (body: string, needle: string): string | undefined => {
  const a = analyse(body, "2021-12-15", testKnowledge());
  return speakerAt(a.annotated, a.entities, a.annotated.body.indexOf(needle))?.name;
};

describe("speakerAt", () => {
  it("finds the speaker of a quote of several sentences named after an earlier quote", () => {
    const body =
      'President Anna Keller spoke in Brussels. "We are ready. We want peace," said Anna Keller. She met reporters. "We spoke today with Chancellor Jonas Berg about gas. It is a serious tool," said the President.';
    expect(speakerOf(body, "We spoke today")).toBe("Anna Keller");
  });

  it("finds the speaker label of a transcript passage", () => {
    const body =
      "Anna Keller, Secretary of State\n\nSecretary of State Anna Keller: Thank you. We met in Riga last week.\n\nAnd we agreed on much.";
    expect(speakerOf(body, "we agreed")).toBe("Anna Keller");
  });

  it("reads a capitalised label that names the speaker by surname only", () => {
    const body =
      "Anna Keller, Secretary of State\n\nQUESTION: Do you speak often?\n\nSECRETARY KELLER: I am on the phone every day with Jonas Berg.";
    expect(speakerOf(body, "I am on the phone")).toBe("Anna Keller");
  });

  it("takes a later label run into the paragraph's text over the label that opens it", () => {
    const body =
      "President of Aland Anna Keller: It is a pleasure to see you. Federal Chancellor Jonas Berg(retranslated): Thank you. I had a chance to exchange views with President Omar Haddad.";
    expect(speakerOf(body, "I had a chance")).toBe("Jonas Berg");
    expect(speakerOf(body, "It is a pleasure")).toBe("Anna Keller");
  });
});

describe("FIRST_PERSON", () => {
  it("reads 'we' or 'I' just before a meeting word as the speaker", () => {
    expect(FIRST_PERSON.test("We ")).toBe(true);
    expect(FIRST_PERSON.test("Last time we ")).toBe(true);
    expect(FIRST_PERSON.test("I also ")).toBe(true);
    expect(FIRST_PERSON.test("The ministers ")).toBe(false);
    expect(FIRST_PERSON.test("Despite the crisis, I had a chance to ")).toBe(true);
    expect(FIRST_PERSON.test("I am glad that we now have this opportunity to ")).toBe(true);
    expect(FIRST_PERSON.test("They had a chance to ")).toBe(false);
  });
});

describe("transcriptSpeakers", () => {
  it("finds every person named in a speaker label, also one run into the text", () => {
    const a = analyse(
      "President Anna Keller: Colleagues, to conclude our trilateral meeting, thank you. Jonas BergPrime Minister of the Republic of Sylvania: Thank you, Madam President. Otto Lind said nothing.",
      "2021-11-26",
      testKnowledge(),
    );
    expect(
      transcriptSpeakers(a.annotated, a.entities)
        .map((p) => p.name)
        .sort(),
    ).toEqual(["Anna Keller", "Jonas Berg"]);
  });
});

describe("OUR_MEETING", () => {
  it("reads 'our' and at most one word before a meeting word", () => {
    expect(OUR_MEETING.test("To conclude our trilateral ")).toBe(true);
    expect(OUR_MEETING.test("our ")).toBe(true);
    expect(OUR_MEETING.test("their ")).toBe(false);
  });
});

describe("addresseeAt", () => {
  const addresseeOf = (body: string, needle: string): string | undefined => {
    const a = analyse(body, "2026-07-22", testKnowledge());
    return addresseeAt(a.annotated, a.entities, a.annotated.body.indexOf(needle))?.name;
  };
  const body =
    "Anna Keller, Secretary of State\n\nQUESTION: The minister said he is going to be meeting with you tomorrow.\n\nQUESTION: Is that so?\n\nSECRETARY KELLER: Yes. I hope you will come.";

  it("takes a question's 'you' for the speaker of the answer that follows", () => {
    expect(addresseeOf(body, "meeting with you")).toBe("Anna Keller");
    expect(SECOND_PERSON.test("he is going to be meeting with you tomorrow")).toBe(true);
  });

  it("finds no addressee outside a question", () => {
    expect(addresseeOf(body, "I hope you")).toBeUndefined();
    expect(SECOND_PERSON.test("we have seen your proposal")).toBe(false);
  });
});

describe("FIRST_PERSON", () => {
  it("reads contractions as the speaker: 'I’ll be', 'we’ve', 'I'd'", () => {
    for (const before of ["I’ll be ", "we’ve ", "I'd ", "We ", "I had a chance to "])
      expect(FIRST_PERSON.test(before), before).toBe(true);
    expect(FIRST_PERSON.test("They’ll be ")).toBe(false);
  });
});
