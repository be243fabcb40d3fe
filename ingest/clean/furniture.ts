/** Page furniture: lines that belong to the web page, not to the article. */

const FURNITURE: RegExp[] = [
  /^[-•*]?\s*(print|email|share|tweet|pin|save)( this)?( (post|article|page|story))?(\s+(print|email|share)( this)?( (post|article|page|story))?)*\s*$/i,
  /^(share|follow us|follow) (on|via) \w+/i,
  /\bthis image has an (empty )?alt attribute\b/i,
  /\bits file name is [\w.-]+\.(png|jpe?g|gif|webp)\b/i,
  /^(image|photo|picture|illustration)( credit)?:/i,
  /^(source|sources|via|credit)\s*:?\s*(https?:\/\/\S+)?\s*(–.*)?$/i,
  /^(source|sources|via)\s*:\s*\S+\.\S+\s*(–.*)?$/i,
  /^https?:\/\/\S+$/i,
  /^@\w+$/,
  /^(previous|next|older|newer)( story| post| article| entry)?$/i,
  /^(related( posts| articles| stories)?|read more|read also|see also|advertisement|sponsored|subscribe.*|sign up.*|tags?:.*|categories?:.*|filed under:.*)$/i,
  /^(home|menu|search|login|log in|register)(\s*[|/»>]\s*\w+)*$/i,
  /^[^\w]*$/,
  // A site name or menu: short "A | B" lines without sentence punctuation; a byline
  // ("By Jane Doe | Senior Correspondent") names its author, who is kept.
  /^(?!By\s)[^.!?|]{1,40}(\s\|\s[^.!?|]{1,40})+$/,
];

/** True for a line of page furniture (print and share buttons, image alt text, bare source links). */
export function isFurniture(line: string): boolean {
  const t = line.trim();
  if (!t) return true;
  return FURNITURE.some((re) => re.test(t));
}

// Headings that open a comment section, in the languages our sources use.
const COMMENT_HEADINGS =
  /^(\d+\s+)?(leave a (reply|comment)|post a comment|add a comment|comments?|responses?|replies|reader comments|discussion|join the discussion|lascia un commento|commenti|laisser un commentaire|commentaires|deja un comentario|comentarios|kommentare?|kommentar schreiben|оставить комментарий|комментарии|deixe um coment[aá]rio)\s*(\(\d+\))?[:.]?$/i;

/** True for a heading that starts a comment section or the page's footer of reader responses. */
export function isCommentSectionHeading(line: string): boolean {
  const t = line.trim();
  return t.length <= 60 && (COMMENT_HEADINGS.test(t) || /^you must be logged in to post a comment/i.test(t));
}
