/**
 * Entities named in an article's title (annotated after the body) are kept only when the body
 * does not name them. A title in Title Case joins neighbouring words to a name ("President of
 * Turkey Recep Tayyip Erdogan", "Envoy Perriello Travels to …"); when the body names the same one
 * it names it better, so the title's form is dropped and the body's stands alone. A person only
 * the title names is kept when named with an office or an outlet ("X of Sky News Arabia").
 */
import type { Knowledge } from "../knowledge/knowledge.ts";
import { resolveArticle, type ArticleEntities } from "../resolve/resolve-article.ts";
import type { Mention } from "../types.ts";
import { foldForMatch } from "../events/fold.ts";

const wordsOf = (text: string): string[] =>
  foldForMatch(text)
    .split(" ")
    .filter((w) => w.length > 2);

/** Resolves an article's mentions, keeping the title's only for what its body does not name. */
export function resolveWithTitle(
  mentions: Mention[],
  isTitleSentence: (index: number) => boolean,
  knowledge: Knowledge,
): ArticleEntities {
  const all = resolveArticle(mentions, knowledge);
  const inBody = (m: Mention): boolean => !isTitleSentence(m.sentence);
  const bodyWords = new Map<string, Set<string>>();
  for (const e of all.entities)
    if (e.mentions.some(inBody)) {
      const words = bodyWords.get(e.kind) ?? new Set<string>();
      for (const name of [e.name, ...e.aliases]) for (const w of wordsOf(name)) words.add(w);
      bodyWords.set(e.kind, words);
    }
  const kept = mentions.filter((m) => {
    if (inBody(m)) return true;
    // What resolved to nothing with the body beside it stays unresolved.
    const entity = all.entityOfMention.get(m);
    if (!entity || entity.mentions.some(inBody)) return false;
    // A title names its principals by office ("President of France X") and an interviewer by their
    // outlet ("X of Sky News Arabia": the role withAffiliations gives); a bare name there is as
    // likely the author.
    if (m.kind === "person" && !m.role) return false;
    // A person or body sharing a word of its name is named by the body already; countries' names are exact.
    return entity.kind === "country" || !wordsOf(m.name).some((w) => bodyWords.get(entity.kind)?.has(w));
  });
  return kept.length === mentions.length ? all : resolveArticle(kept, knowledge);
}
