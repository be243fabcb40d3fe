/**
 * When two reports describe one real meeting, and what the meeting is then: shared by the
 * extraction (within and across articles) and the loader (across loads), so both merge alike.
 */
import type { MeetingKind, MeetingStatus, PartialDate } from "./graph-document.ts";

export interface MeetingReport {
  kind: MeetingKind;
  date: PartialDate | null;
  dateEnd?: PartialDate | null;
  place: string | null;
  status: MeetingStatus;
  participants: Set<string>;
}

type Dated = Pick<MeetingReport, "date" | "dateEnd">;

/** Dates agree when equal, when one is a coarser form of the other ("2025-12" and "2025-12-02"), or when a day lies inside the other's range. */
export function datesAgree(a: Dated, b: Dated): boolean {
  if (!a.date || !b.date) return false;
  if (a.date.startsWith(b.date) || b.date.startsWith(a.date)) return true;
  const within = (day: PartialDate, r: Dated): boolean =>
    !!r.date && !!r.dateEnd && day.length === 10 && day >= r.date && day <= r.dateEnd;
  return within(a.date, b) || within(b.date, a);
}

/** Places conflict when both are named and neither contains the other ("Moscow" and "the Kremlin, Moscow" agree). */
export function placesConflict(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return !x.includes(y) && !y.includes(x);
}

/** How specific a kind is: of two reports of one meeting, the more specific names it ("talks" over "briefing"). */
export const KIND_SPECIFICITY: Record<MeetingKind, number> = {
  summit: 5,
  call: 4,
  talks: 3,
  visit: 2,
  briefing: 1,
};

const sharedCount = (a: Set<string>, b: Set<string>): number => [...a].filter((x) => b.has(x)).length;

/**
 * Two reports describe one meeting: a shared participant, a call only with a call, and the same
 * day (two shared people, or one when a report names only that one) without a conflicting place
 * across sources; undated reports only within one article, sharing two people.
 */
export function sameMeeting(a: MeetingReport, b: MeetingReport, sameArticle: boolean): boolean {
  const shared = sharedCount(a.participants, b.participants);
  if (shared === 0) return false;
  if ((a.kind === "call") !== (b.kind === "call")) return false;
  if (datesAgree(a, b)) {
    if (!sameArticle && placesConflict(a.place, b.place)) return false;
    // One shared person between two full reports is two meetings ("Wang met Shoigu, then Lavrov").
    return shared >= 2 || Math.min(a.participants.size, b.participants.size) === 1;
  }
  if (a.date && b.date) return false;
  return sameArticle && shared >= 2;
}

/** The fields of the meeting two reports describe: the range or the more precise date, the first place, the more specific kind. */
export function combineMeetingFields(
  into: Omit<MeetingReport, "participants">,
  other: Omit<MeetingReport, "participants">,
): Pick<MeetingReport, "kind" | "date" | "dateEnd" | "place" | "status"> {
  let { date, dateEnd } = into;
  dateEnd ??= null;
  if (other.dateEnd && !dateEnd && other.date && (!date || datesAgree(into, other))) {
    date = other.date;
    dateEnd = other.dateEnd;
  } else if (!dateEnd && (!date || (other.date && other.date.length > date.length))) date = other.date;
  return {
    kind: KIND_SPECIFICITY[other.kind] > KIND_SPECIFICITY[into.kind] ? other.kind : into.kind,
    date,
    dateEnd,
    place: into.place ?? other.place,
    status: into.status === "held" || other.status === "held" ? "held" : "planned",
  };
}
