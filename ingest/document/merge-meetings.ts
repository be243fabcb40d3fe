/** The same meeting reported in several sentences or articles becomes one meeting. */
import type { Evidence, MeetingKind, MeetingStatus, PartialDate } from "../../common/graph-document.ts";
import {
  datesAgree,
  KIND_SPECIFICITY,
  sameMeeting as sameReportedMeeting,
} from "../../common/same-meeting.ts";

export { datesAgree };

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

/** Two drafts describe one meeting (the shared rule of `common/same-meeting.ts`). */
export function sameMeeting(a: MeetingDraft, b: MeetingDraft): boolean {
  return sameReportedMeeting(a, b, a.articleId === b.articleId);
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
  if (KIND_SPECIFICITY[m.kind] > KIND_SPECIFICITY[into.kind]) into.kind = m.kind;
  into.confidence = Math.min(0.95, Math.max(into.confidence, m.confidence) + 0.1);
}

/** Merges drafts until no two describe the same meeting. */
export function mergeMeetings(drafts: MeetingDraft[]): MeetingDraft[] {
  const out: MeetingDraft[] = [];
  // Meetings by participant: a draft is compared only with meetings it shares someone with.
  const byParticipant = new Map<string, MeetingDraft[]>();
  const index = (m: MeetingDraft): void => {
    for (const p of m.participants) {
      const list = byParticipant.get(p);
      if (!list) byParticipant.set(p, [m]);
      else if (!list.includes(m)) list.push(m);
    }
  };
  for (const d of drafts) {
    const copy: MeetingDraft = {
      ...d,
      participants: new Set(d.participants),
      countries: new Set(d.countries),
      evidence: [...d.evidence],
    };
    const candidates = new Set([...copy.participants].flatMap((p) => byParticipant.get(p) ?? []));
    // The earliest meeting that matches, as a scan of `out` in order would find.
    const match = out.find((m) => candidates.has(m) && sameMeeting(m, copy));
    if (match) {
      absorb(match, copy);
      index(match);
    } else {
      out.push(copy);
      index(copy);
    }
  }
  return out;
}
