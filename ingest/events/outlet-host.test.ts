import { describe, expect, it } from "vitest";
import { emptyKnowledge } from "../knowledge/knowledge.ts";
import { analyse } from "../testing/build-article.ts";
import { outletHostName } from "./outlet-host.ts";
import { titleMeeting } from "./title-meeting.ts";

describe("outletHostName", () => {
  it("names whoever held the outlet's office on the day of publication", () => {
    const kremlin = { outlet: "President of Russia (kremlin.ru)", url: null };
    expect(outletHostName({ ...kremlin, published: "2010-03-01" })).toBe("Dmitry Medvedev");
    expect(outletHostName({ ...kremlin, published: "2022-05-28" })).toBe("Vladimir Putin");
  });

  it("reads the outlet from the URL too, and knows no host for an unknown outlet or day", () => {
    const url = "https://www.president.gov.ua/en/news/some-news";
    expect(outletHostName({ outlet: null, url, published: "2021-12-15" })).toBe("Volodymyr Zelensky");
    expect(outletHostName({ outlet: "Example Daily", url: null, published: "2021-12-15" })).toBeNull();
    expect(outletHostName({ outlet: null, url, published: "2021" })).toBeNull();
  });
});

describe("titleMeeting on a first-person outlet", () => {
  it("takes the office-holder as host, not the spokesperson the body names first", () => {
    const a = analyse(
      "Spokesperson Anna Keller said: Joe Biden and President Rufus Firefly discussed the truce.",
      "2022-03-06",
      emptyKnowledge(),
    );
    const m = titleMeeting(
      "Telephone call with President of Freedonia Rufus Firefly",
      a.annotated,
      a.entities,
      {
        outlet: "The White House",
        url: null,
        published: "2022-03-06",
      },
    );
    expect(m?.participants.map((p) => p.name).sort()).toEqual(["Joe Biden", "Rufus Firefly"]);
  });
});
