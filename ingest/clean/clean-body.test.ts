import { describe, expect, it } from "vitest";
import { bodyParagraphs } from "./clean-body.ts";

describe("bodyParagraphs", () => {
  it("drops print buttons, image alt text and bare source links", () => {
    const text = [
      "- Print This Post Print This Post",
      "This image has an empty alt attribute; its file name is photo-1.png",
      "The envoy arrived in Ankara on Monday.",
      "Source: https://example.org/statement",
      "Talks resumed on Tuesday.",
    ].join("\n");
    expect(bodyParagraphs(text)).toEqual([
      "The envoy arrived in Ankara on Monday.",
      "Talks resumed on Tuesday.",
    ]);
  });

  it("drops a site menu of short piped items but keeps a byline written the same way", () => {
    const text = [
      "World | Middle East | Politics",
      "By Jane Roe | Senior Correspondent",
      "Talks resumed.",
    ].join("\n");
    expect(bodyParagraphs(text)).toEqual(["By Jane Roe | Senior Correspondent", "Talks resumed."]);
  });

  it("stops at a comment-section heading in another language", () => {
    const text = "The ministers met in Vienna.\nLascia un commento\nGreat article, thanks!";
    expect(bodyParagraphs(text)).toEqual(["The ministers met in Vienna."]);
  });

  it("cuts reader comments recognised by their shape, with no marker", () => {
    const news = [
      "The foreign ministry said on Monday that the delegations would meet in Vienna.",
      "Officials told reporters that a draft communique was being prepared, according to two diplomats.",
      "The talks were announced after a call between the two presidents, the ministry said.",
    ];
    const comments = [
      "I think this is a waste of time. My guess is nothing will come of it, you know?",
      "Agreed, Mark. I would hope for better but I doubt it!!",
      "lol, you really believe that? I don't.",
    ];
    expect(bodyParagraphs([...news, ...comments].join("\n"))).toEqual(news);
  });

  it("keeps an article that quotes someone in the first person", () => {
    const paragraphs = [
      "The minister said the meeting had been useful.",
      "\u201cI think we made progress,\u201d he told reporters on Tuesday.",
      "Both sides said they would meet again in May, according to officials.",
    ];
    expect(bodyParagraphs(paragraphs.join("\n"))).toEqual(paragraphs);
  });

  it("keeps a transcript whose speakers talk in the first and second person", () => {
    const paragraphs = [
      "Secretary of State, Vienna",
      "SECRETARY HALLETT: Thank you. I think you know why I am here, and I hope we agree.",
      "QUESTION: Do you think you can get a deal? I mean, you said so last week!!",
      "SECRETARY HALLETT: I believe we can. You will see. My view is that we will, yes.",
      "QUESTION: Thank you, Mr Secretary. I guess we will see.",
    ];
    expect(bodyParagraphs(paragraphs.join("\n"))).toEqual(paragraphs);
  });

  it("keeps an official's signed statement that speaks in the first person", () => {
    const paragraphs = [
      "Jane Hallett, Secretary of State",
      "One year ago today, the two presidents signed a declaration at the ministry in Vienna.",
      "Over the past year, we have worked side by side with both nations. I think it shows, you know.",
      "Today, I am pleased to announce that the fund is up and running. I hope we agree it is good!!",
      "We congratulate both nations. I believe you will see more. My view is that we will, yes.",
    ];
    expect(bodyParagraphs(paragraphs.join("\n"))).toEqual(paragraphs);
    // Without the signature line the same paragraphs read as an article and its comments.
    expect(bodyParagraphs(paragraphs.slice(1).join("\n")).length).toBeLessThan(4);
  });

  it("keeps a short exchange of two speakers who each take the floor once", () => {
    const paragraphs = [
      "Jane Hallett, Secretary of State",
      "Omar Morrow, Foreign Minister",
      "Riga, Latvia",
      "FOREIGN MINISTER MORROW: Okay, I will go first. I came here to meet with a friend and a partner.",
      "And I want to thank you, my friend, for the leadership you have demonstrated. I think you know it.",
      "We have condemned the invasion, and we still do. I believe we must stop it, and I hope we will!!",
      "SECRETARY HALLETT: Well, thank you, Omar. It is great to see you. I agree with you, my friend.",
    ];
    expect(bodyParagraphs(paragraphs.join("\n"))).toEqual(paragraphs);
  });
});
