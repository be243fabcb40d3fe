/**
 * A readout's title that names a meeting ("Telephone conversation with President of Turkey X",
 * "Secretary Y’s Call with Foreign Minister Z", "Talks with Federal Chancellor W") reports a
 * meeting on the day of publication, between the people it names and, when it names no
 * subject, the person the readout is about (the first person its body names).
 */
import type { MeetingKind, PartialDate } from "../../common/graph-document.ts";
import type { AnnotatedDocument } from "../annotate/index.ts";
import type { ArticleEntities } from "../resolve/resolve-article.ts";
import type { ResolvedEntity, Sentence } from "../types.ts";
import { foldForMatch } from "./fold.ts";
import { jointTitlePattern } from "./meeting-rules.ts";
import { outletHost, type OutletMeta } from "./outlet-host.ts";
import { placeNamed } from "./places.ts";

const HEADS = String.raw`(?:tele)?phone (?:call|conversation)s?|telephone conversations?|calls?|meetings?|talks|videoconference`;
/** "Secretary X’s Call with Y", "Telephone conversation with Y", "President of Z had a phone call with Y". */
const TITLE_MEETING = new RegExp(
  String.raw`^(?:(?<subject>.+?)(?:[’']s|\s+(?:had|held)(?:\s+an?)?)\s+)?(?<head>${HEADS})\s+(?:with|between)\s+(?<rest>.+)$`,
  "i",
);

const KIND_OF_HEAD: [RegExp, MeetingKind][] = [
  [/phone|call|video/i, "call"],
  [/meeting|talks/i, "talks"],
];

export interface TitleMeeting {
  kind: MeetingKind;
  date: PartialDate | null;
  participants: ResolvedEntity[];
  sentence: Sentence;
}

/** The last word of a name: what a title keeps of it ("Foreign Minister Al Busaidi"). */
const surnameOf = (name: string): string => foldForMatch(name).split(" ").at(-1) ?? "";

/** Every resolved person whose name, one of whose aliases or whose surname the title contains. */
function peopleNamedIn(text: string, people: ResolvedEntity[]): ResolvedEntity[] {
  const folded = ` ${foldForMatch(text)} `;
  return people.filter((p) =>
    [p.name, ...p.aliases].some(
      (n) =>
        (n.length > 2 && folded.includes(` ${foldForMatch(n)} `)) ||
        (surnameOf(n).length > 3 && folded.includes(` ${surnameOf(n)} `)),
    ),
  );
}

/** The meeting a readout's title names, or null when the title names none or fewer than two people. */
export function titleMeeting(
  title: string | null,
  doc: AnnotatedDocument,
  resolved: ArticleEntities,
  source: OutletMeta | null = null,
): TitleMeeting | null {
  const m = title ? TITLE_MEETING.exec(title.trim()) : null;
  if (!m?.groups) return null;
  const people = resolved.entities.filter((e) => e.kind === "person");
  const guests = peopleNamedIn(m.groups["rest"]!, people);
  if (!guests.length) return null;
  const subject = m.groups["subject"] ? peopleNamedIn(m.groups["subject"], people) : [];
  let host = subject;
  // A first-person outlet's title omits its host ("Telephone conversation with …"): the office-holder.
  const officeHolder =
    source &&
    outletHost(
      source,
      people.filter((p) => !guests.includes(p)),
    );
  if (!host.length && officeHolder) host = [officeHolder];
  if (!host.length) {
    // The person the readout is about: the first one its body names who is not a guest.
    const first = [...resolved.entityOfMention]
      .filter(([, e]) => e.kind === "person" && !guests.includes(e))
      .sort(([a], [b]) => a.start - b.start)[0];
    host = first ? [first[1]] : [];
  }
  const participants = [...new Set([...host, ...guests])];
  if (participants.length < 2) return null;
  // Evidence: the first sentence of the body that names a guest.
  const guestMention = [...resolved.entityOfMention]
    .filter(([, e]) => guests.includes(e))
    .sort(([a], [b]) => a.start - b.start)[0];
  const sentence = doc.sentences[guestMention?.[0].sentence ?? 0];
  if (!sentence) return null;
  const head = m.groups["head"]!;
  return {
    kind: KIND_OF_HEAD.find(([re]) => re.test(head))?.[1] ?? "talks",
    date: doc.published,
    participants,
    sentence,
  };
}

/** A speaker label opening a transcript's passage ("SECRETARY RUBIO:", "QUESTION:"). */
const TRANSCRIPT_LABEL = /^[\p{Lu}][\p{Lu} .'’-]*:/u;

/** "City, Country" ("Riga, Latvia", "New York City, New York"): the city part. */
const CITY_COUNTRY = /^(?<city>\p{Lu}[\p{L} .'’-]{1,30}),\s*[\p{Lu}][\p{L} .'’-]{1,30}$/u;

/** The short paragraphs of a transcript's header, before its first speaker label; null when no label follows. */
export function transcriptHeader(body: string): string[] | null {
  const header: string[] = [];
  for (const p of body.split(/\n\s*\n/).slice(0, 6)) {
    const line = p.trim();
    if (TRANSCRIPT_LABEL.test(line)) return header;
    header.push(line);
  }
  return null;
}

/** A city of the gazetteer, also when written with "City" after it ("New York City"). */
function cityNamed(name: string): string | null {
  return placeNamed(name)?.city ?? placeNamed(name.replace(/\s+City$/, ""))?.city ?? null;
}

/**
 * The place line of a transcript: a short paragraph among the first few, before the first
 * speaker, that is "City, Country" with a known city ("Riga, Latvia", "Washington, D.C.") or a
 * known venue alone ("Joint Base Andrews").
 */
export function transcriptPlace(body: string): string | null {
  for (const line of transcriptHeader(body) ?? []) {
    const m = CITY_COUNTRY.exec(line);
    const city = m?.groups ? cityNamed(m.groups["city"]!.trim()) : null;
    if (city) return city;
    const venue = line.length <= 40 ? placeNamed(line) : null;
    if (venue?.venue) return venue.city;
  }
  return null;
}

/**
 * A transcript title that names two principals and their joint appearance ("Secretary A and
 * Foreign Minister B Before Their Meeting", "… at a Joint Press Availability"): a held meeting of
 * them on the day of publication.
 */
export function jointTitleMeeting(
  title: string | null,
  doc: AnnotatedDocument,
  resolved: ArticleEntities,
): TitleMeeting | null {
  const m = title ? jointTitlePattern().exec(title.trim()) : null;
  if (!m?.groups) return null;
  const people = resolved.entities.filter((e) => e.kind === "person");
  const a = peopleNamedIn(m.groups["a"]!, people);
  const b = peopleNamedIn(m.groups["b"]!, people).filter((p) => !a.includes(p));
  if (!a.length || !b.length) return null;
  const participants = [...new Set([...a, ...b])];
  const firstMention = [...resolved.entityOfMention]
    .filter(([, e]) => participants.includes(e))
    .sort(([x], [y]) => x.start - y.start)[0];
  const sentence = doc.sentences[firstMention?.[0].sentence ?? 0];
  if (!sentence) return null;
  return { kind: "talks", date: doc.published, participants, sentence };
}
