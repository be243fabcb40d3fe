/** The same meeting reported in several sentences or articles becomes one meeting. */
import type { Evidence, MeetingKind, MeetingStatus, PartialDate } from "../../common/graph-document.ts";

export interface MeetingDraft {
  kind: MeetingKind;
  date: PartialDate | null;
  dateEnd: PartialDate | null;
  place: string | null;
  status: MeetingStatus;
  participants: Set<string>;
  countries: Set<string>;
  evidence: Evidence[];
  articleId: string;
  confidence: number;
}

const sharedCount = (a: Set<string>, b: Set<string>): number => [...a].filter((x) => b.has(x)).length;

/** Dates agree when equal, when one is a coarser form of the other ("2025-12" and "2025-12-02"), or when a day lies inside the other's range. */
export function datesAgree(
  a: Pick<MeetingDraft, "date" | "dateEnd">,
  b: Pick<MeetingDraft, "date" | "dateEnd">,
): boolean {
  if (!a.date || !b.date) return false;
  if (a.date.startsWith(b.date) || b.date.startsWith(a.date)) return true;
  const within = (day: PartialDate, r: Pick<MeetingDraft, "date" | "dateEnd">): boolean =>
    !!r.date && !!r.dateEnd && day.length === 10 && day >= r.date && day <= r.dateEnd;
  return within(a.date, b) || within(b.date, a);
}

/** Places conflict when both are named and neither contains the other ("Moscow" and "the Kremlin, Moscow" agree). */
function placesConflict(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return !x.includes(y) && !y.includes(x);
}

/** How specific a kind is: of two reports of one meeting, the more specific names it ("talks" over "briefing"). */
const SPECIFICITY: Record<MeetingKind, number> = { summit: 5, call: 4, talks: 3, visit: 2, briefing: 1 };

/** Two reports describe one meeting: same day and a shared participant, or an undated report in the same article sharing two. */
export function sameMeeting(a: MeetingDraft, b: MeetingDraft): boolean {
  const shared = sharedCount(a.participants, b.participants);
  if (shared === 0) return false;
  const callMismatch = (a.kind === "call") !== (b.kind === "call");
  if (callMismatch) return false;
  // Same day: two shared people, or one when a report names only that one (a partial report).
  // One shared person between two full reports is two meetings ("Wang met Shoigu, then Lavrov").
  if (datesAgree(a, b) && placesConflict(a.place, b.place) && a.articleId !== b.articleId) return false;
  if (datesAgree(a, b)) return shared >= 2 || Math.min(a.participants.size, b.participants.size) === 1;
  if (a.date && b.date) return false;
  return a.articleId === b.articleId && shared >= 2;
}

function absorb(into: MeetingDraft, m: MeetingDraft): void {
  for (const p of m.participants) into.participants.add(p);
  for (const c of m.countries) into.countries.add(c);
  into.evidence.push(...m.evidence);
  // A range covers its days; otherwise the more precise date wins.
  if (m.dateEnd && !into.dateEnd && m.date && (!into.date || datesAgree(into, m))) {
    into.date = m.date;
    into.dateEnd = m.dateEnd;
  } else if (!into.dateEnd && (!into.date || (m.date && m.date.length > into.date.length)))
    into.date = m.date;
  // The more confident report names the place ("met in St Petersburg" over a headline's "talks in Riyadh").
  if (m.place && (!into.place || m.confidence > into.confidence)) into.place = m.place;
  // A dated report decides whether the meeting was held; an undated aside does not.
  if (m.status === "held" && (m.date || !into.date)) into.status = "held";
  if (SPECIFICITY[m.kind] > SPECIFICITY[into.kind]) into.kind = m.kind;
  into.confidence = Math.min(0.95, Math.max(into.confidence, m.confidence) + 0.1);
}

/** Merges drafts until no two describe the same meeting. */
export function mergeMeetings(drafts: MeetingDraft[]): MeetingDraft[] {
  const out: MeetingDraft[] = [];
  for (const d of drafts) {
    const copy: MeetingDraft = {
      ...d,
      participants: new Set(d.participants),
      countries: new Set(d.countries),
      evidence: [...d.evidence],
    };
    const match = out.find((m) => sameMeeting(m, copy));
    if (match) absorb(match, copy);
    else out.push(copy);
  }
  return out;
}
