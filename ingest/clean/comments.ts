/**
 * Reader comments detected by their shape, not by one site's markers: comments are short
 * opinionated first- and second-person paragraphs that answer each other; news paragraphs
 * report in the third person and attribute what they say.
 */
import { getLexicon } from "../knowledge/word-lists.ts";

const FIRST_PERSON = /\b(I|I'm|I’m|I've|I’ve|I'd|I’d|my|me|mine|imo|imho)\b/g;
const SECOND_PERSON = /\b(you|your|you're|you’re)\b/gi;
const INFORMAL = /\b(lol|lmao|ain't|ain’t|gonna|wanna|yeah|haha|sheesh|nope|yep)\b|!!|\?!|\.\.\.$|…$/gi;
const ADDRESS =
  /^(sounds like|agree|agreed|well said|exactly|thanks|thank you|good point|spot on|indeed|yes|no)\b|,\s*[A-Z][a-z]+[.!]?$|\b[A-Z][a-z]+\s*[.!]\s*$/;
const OPINION =
  /\b(I (believe|think|guess|hope|suspect|doubt|agree|would)|my (guess|view|opinion)|in my (view|opinion)|we can|let's|let’s)\b/gi;
const REPORTING =
  /\b(said|says|told|according to|announced|reported|stated|declared|spokesm[ae]n|spokeswoman)\b/gi;
const DATELINE =
  /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)\b/gi;
const TIMESTAMP = /\b\d{1,2}:\d{2}\s*(am|pm)?\b|\b(reply|report comment|like|likes)\s*$/i;

/** A speaker label opening a paragraph: "MR PRICE:", "QUESTION:", "President of Russia Vladimir Putin:". */
const SPEAKER_LABEL =
  /^\s*(?:[A-Z][A-Z.'’ -]{1,40}|(?:\p{Lu}[\p{L}.'’-]*\s+(?:of\s+(?:the\s+)?)?){1,6}\p{Lu}[\p{L}.'’-]*)(?:\s*\([^)]{1,40}\))?:\s/u;

const TITLE_HEADS = new Set(getLexicon().titleHeads);
/** A signature line: a person's name, a comma, and a title ("Marco Rubio, Secretary of State"). */
const SIGNATURE = /^((?:\p{Lu}[\p{L}’'-]*\.?\s+){1,3}\p{Lu}[\p{L}’'-]+),\s+([\p{L}.’' -]{3,60})$/u;

/**
 * An official's signed statement or remarks: the text opens with the signer's name and title, as
 * government releases do ("Marco Rubio, Secretary of State"). It speaks in the first person by
 * nature ("I am pleased to announce", "We congratulate"), and no reader comments follow it.
 */
function isSignedStatement(paragraphs: string[]): boolean {
  const first = paragraphs.find((p) => p.trim());
  const m = first ? SIGNATURE.exec(first.trim()) : null;
  return !!m && m[2]!.split(/\s+/).some((w) => TITLE_HEADS.has(w));
}

/** Three speaker labels, or two different speakers: an interview or press availability. */
function isTranscript(paragraphs: string[]): boolean {
  const labels = paragraphs.flatMap((p) => {
    const label = SPEAKER_LABEL.exec(p)?.[0];
    return label ? [label.trim().toLowerCase()] : [];
  });
  return labels.length >= 3 || new Set(labels).size >= 2;
}

const count = (text: string, re: RegExp): number => (text.match(re) ?? []).length;

/** Positive for comment-like paragraphs, negative for news-like ones. */
export function commentScore(paragraph: string): number {
  const words = Math.max(1, paragraph.split(/\s+/).length);
  const per100 = (n: number): number => (n * 100) / words;
  let score = 0;
  score += Math.min(3, per100(count(paragraph, FIRST_PERSON)) * 0.8);
  score += Math.min(2, per100(count(paragraph, SECOND_PERSON)) * 0.6);
  score += Math.min(2, count(paragraph, INFORMAL) * 0.7);
  score += Math.min(2, count(paragraph, OPINION) * 1.2);
  if (ADDRESS.test(paragraph.trim())) score += 0.6;
  if (TIMESTAMP.test(paragraph)) score += 1;
  score -= Math.min(3, per100(count(paragraph, REPORTING)) * 0.6);
  score -= Math.min(1.5, count(paragraph, DATELINE) * 0.5);
  return score;
}

/**
 * Index of the first paragraph of a trailing run of reader comments, or -1.
 * A change point: the split that best separates news-like paragraphs before it from
 * comment-like ones after it. The tail must be clearly comment-like as a whole and the
 * article before it at least two paragraphs, so a first-person quote does not cut an article.
 */
export function findCommentStart(paragraphs: string[]): number {
  // A transcript (interview, press availability) speaks in the first and second person by
  // nature: its paragraphs open with speaker labels ("SECRETARY BLINKEN:", "QUESTION:"). Two
  // speakers who each take the floor once are already a dialogue.
  if (isTranscript(paragraphs) || isSignedStatement(paragraphs)) return -1;
  const scores = paragraphs.map(commentScore);
  let best = -1;
  let bestPrefix = Infinity;
  let prefix = 0;
  for (let k = 0; k < scores.length; k++) {
    if (k >= 2 && prefix < bestPrefix) {
      bestPrefix = prefix;
      best = k;
    }
    prefix += scores[k] ?? 0;
  }
  if (best < 0) return -1;
  const tail = scores.slice(best);
  const mean = tail.reduce((a, b) => a + b, 0) / tail.length;
  const commentLike = tail.filter((s) => s > 0.4).length / tail.length;
  return tail.length >= 2 && mean >= 0.5 && commentLike >= 0.3 ? best : -1;
}
