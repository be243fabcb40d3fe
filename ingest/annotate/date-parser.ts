/**
 * The one date parser extraction uses: chrono-node's casual English parser, taught the named
 * days with a fixed date listed in ingest/knowledge/holidays.yaml.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as chrono from "chrono-node";
import { parse } from "yaml";
import { z } from "zod";

const HolidaysSchema = z.array(
  z.object({
    pattern: z.string().min(1),
    month: z.number().int().min(1).max(12),
    day: z.number().int().min(1).max(31),
  }),
);

const HOLIDAYS_FILE = fileURLToPath(new URL("../knowledge/holidays.yaml", import.meta.url));

function buildParser(): chrono.Chrono {
  const holidays = HolidaysSchema.parse(parse(readFileSync(HOLIDAYS_FILE, "utf8")));
  const parser = chrono.casual.clone();
  for (const holiday of holidays) {
    const re = new RegExp(holiday.pattern, "i");
    parser.parsers.push({ pattern: () => re, extract: () => ({ day: holiday.day, month: holiday.month }) });
  }
  return parser;
}

export const dateParser: chrono.Chrono = buildParser();
