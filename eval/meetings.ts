/** Meetings (matched on shared participants and date) and the who-met-whom pairs they yield. */
import type { GoldArticle } from "./gold.ts";
import type { GoldNamed } from "./entities.ts";
import { assignGreedy, counts, type Counts } from "./match.ts";
import { fold, normalName } from "./names.ts";

export interface SystemMeeting {
  date?: string | null;
  place?: string | null;
  status?: string | null;
  participants?: string[];
}

interface Meeting {
  date: string | null;
  place: string | null;
  status: string;
  participants: Set<string>;
}

export interface MeetingScore {
  counts: Counts;
  dateAccuracy: number | null;
  placeAccuracy: number | null;
  duplicates: number;
  /** 1.0 = no real meeting drawn twice */
  nodesPerMeeting: number | null;
  misses: string[];
  falsePositives: string[];
}

const round3 = (value: number): number => Math.round(value * 1000) / 1000;

/** Gold meetings over all articles; the same date and (up to) two shared participants are one. */
function mergeGoldMeetings(golds: GoldArticle[]): Meeting[] {
  const merged: Meeting[] = [];
  for (const gold of golds)
    for (const meeting of gold.meetings) {
      const participants = new Set(meeting.participants);
      const same = merged.find(
        (m) =>
          m.date !== null &&
          meeting.date !== null &&
          m.date === meeting.date &&
          [...participants].filter((p) => m.participants.has(p)).length >= Math.min(2, participants.size),
      );
      if (same) {
        for (const p of participants) same.participants.add(p);
        same.place ??= meeting.place;
      } else merged.push({ date: meeting.date, place: meeting.place, status: meeting.status, participants });
    }
  return merged;
}

/** Two shared participants, or one and the date, or the one participant of a one-person meeting. */
function meetingScore(s: Meeting, g: Meeting): number {
  const shared = [...s.participants].filter((p) => g.participants.has(p)).length;
  const goldDay = g.date ? g.date.slice(0, g.date.length >= 10 ? 10 : 7) : null;
  const sameDate = Boolean(s.date && goldDay && s.date.slice(0, 10).startsWith(goldDay));
  if (shared >= 2) return shared + (sameDate ? 0.5 : 0);
  if (shared === 1 && sameDate) return 1.5;
  if (shared === 1 && g.participants.size === 1) return 1;
  return 0;
}

const describe = (m: Meeting): string =>
  `${m.date ?? "?"} ${m.place ?? "?"}: ${[...m.participants].join(", ")}`;

/** People named by system id are mapped to gold names; unknown ones keep a "?" mark. */
export function personNamer(
  goldNameOf: Map<string, string>,
  goldPeople: GoldNamed[],
): (reference: string) => string {
  return (reference) => {
    const known = goldNameOf.get(reference);
    if (known) return known;
    const key = normalName(reference);
    const byName = goldPeople.find((g) => g.keys.has(key));
    return byName ? byName.name : `?${reference}`;
  };
}

export function scoreMeetings(
  golds: GoldArticle[],
  system: SystemMeeting[],
  nameOf: (reference: string) => string,
): { meetings: MeetingScore; metPairs: Counts; metPairMisses: string[]; metPairFalsePositives: string[] } {
  const gold = mergeGoldMeetings(golds);
  const found: Meeting[] = system.map((m) => ({
    date: m.date ?? null,
    place: m.place ?? null,
    status: m.status ?? "held",
    participants: new Set((m.participants ?? []).map(nameOf)),
  }));
  const { systemToGold, goldToSystem } = assignGreedy(found, gold, meetingScore);
  let dated = 0;
  let datedRight = 0;
  let placed = 0;
  let placedRight = 0;
  for (const [i, j] of systemToGold) {
    const s = found[i]!;
    const g = gold[j]!;
    if (g.date) {
      dated++;
      if (s.date?.startsWith(g.date)) datedRight++;
    }
    if (g.place) {
      placed++;
      if (s.place && fold(s.place).includes(fold(g.place).split(" ")[0]!)) placedRight++;
    }
  }
  const duplicates = found.filter(
    (s, i) => !systemToGold.has(i) && gold.some((g, j) => goldToSystem.has(j) && meetingScore(s, g) >= 1.5),
  ).length;
  const tp = systemToGold.size;
  const meetings: MeetingScore = {
    counts: counts(tp, found.length - tp, gold.length - goldToSystem.size),
    dateAccuracy: dated ? round3(datedRight / dated) : null,
    placeAccuracy: placed ? round3(placedRight / placed) : null,
    duplicates,
    nodesPerMeeting: tp ? round3((tp + duplicates) / tp) : null,
    misses: gold.filter((_, j) => !goldToSystem.has(j)).map(describe),
    falsePositives: found.filter((_, i) => !systemToGold.has(i)).map(describe),
  };
  const goldPairs = pairsOf(gold.filter((m) => m.status === "held"));
  const foundPairs = pairsOf(found.filter((m) => m.status !== "planned"));
  const pairTp = [...foundPairs].filter((pair) => goldPairs.has(pair)).length;
  return {
    meetings,
    metPairs: counts(pairTp, foundPairs.size - pairTp, goldPairs.size - pairTp),
    metPairMisses: [...goldPairs].filter((pair) => !foundPairs.has(pair)),
    metPairFalsePositives: [...foundPairs].filter((pair) => !goldPairs.has(pair)),
  };
}

/** Unordered pairs of known participants. */
function pairsOf(meetings: Meeting[]): Set<string> {
  const pairs = new Set<string>();
  for (const meeting of meetings) {
    const people = [...meeting.participants].filter((p) => !p.startsWith("?"));
    for (let i = 0; i < people.length; i++)
      for (let j = i + 1; j < people.length; j++) pairs.add([people[i], people[j]].sort().join(" <> "));
  }
  return pairs;
}
