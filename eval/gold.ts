/**
 * The gold format (a hand annotation of one article), declared once as a zod schema; its
 * TypeScript types are inferred from it. Format: test/corpus/GOLD.md.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";

const name = z.string().min(1);
const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "a date is YYYY, YYYY-MM or YYYY-MM-DD")
  .nullable();

const goldEntity = z.object({
  name,
  aliases: z.array(z.string()).default([]),
  in_comments: z.boolean().default(false),
});

export const goldArticleSchema = z.object({
  article: name,
  published: partialDate.optional(),
  people: z.array(goldEntity.extend({ country: z.string().nullable().optional() })).default([]),
  institutions: z.array(goldEntity).default([]),
  countries: z.array(goldEntity).default([]),
  meetings: z
    .array(
      z.object({
        id: z.string(),
        kind: z.string().optional(),
        date: partialDate.default(null),
        date_end: partialDate.optional(),
        place: z.string().nullable().default(null),
        participants: z.array(name).default([]),
        status: z.enum(["held", "planned"]).default("held"),
        evidence: z.string().optional(),
      }),
    )
    .default([]),
  proposals: z
    .array(
      z.object({
        id: z.string(),
        name,
        aliases: z.array(z.string()).default([]),
        part_of: z.string().nullable().optional(),
        evidence: z.string().optional(),
      }),
    )
    .default([]),
  lineage: z.array(z.object({ from: z.string(), to: z.string(), relation: z.string() })).default([]),
});

export type GoldArticle = z.infer<typeof goldArticleSchema>;
export type GoldEntity = z.infer<typeof goldEntity>;
export type GoldMeeting = GoldArticle["meetings"][number];
export type GoldProposal = GoldArticle["proposals"][number];

/** Every `*.gold.json` of a folder, validated; a bad file is an error naming the file and field. */
export function readGoldFolder(folder: string): GoldArticle[] {
  const files = readdirSync(folder)
    .filter((file) => file.endsWith(".gold.json"))
    .sort();
  if (files.length === 0) throw new Error(`${folder}: no *.gold.json files`);
  return files.map((file) => {
    const path = join(folder, file);
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(path, "utf8"));
    } catch (error) {
      throw new Error(`${path}: not JSON (${error instanceof Error ? error.message : String(error)})`, {
        cause: error,
      });
    }
    const parsed = goldArticleSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`${path}: field ${issue.path.join(".") || "(root)"}: ${issue.message}`);
    }
    return parsed.data;
  });
}
