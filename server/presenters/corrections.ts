/** Presenters for writes: correction records and ingest results as GraphQL shapes. */
import { assertNever } from "../../common/graph-document.ts";
import type { CorrectableField, CorrectionKind, CorrectionRecord } from "../../db/index.ts";

const KIND_NAMES = {
  merge: "MERGE",
  set: "SET",
  ingestArticle: "INGEST_ARTICLE",
  deleteArticle: "DELETE_ARTICLE",
} as const satisfies Record<CorrectionKind, string>;

export interface CorrectionShape extends Omit<CorrectionRecord, "kind" | "field"> {
  kind: (typeof KIND_NAMES)[CorrectionKind];
  field: Uppercase<CorrectableField> | null;
}

export function presentCorrection(r: CorrectionRecord): CorrectionShape {
  return {
    ...r,
    kind: KIND_NAMES[r.kind],
    field: r.field ? (r.field.toUpperCase() as Uppercase<CorrectableField>) : null,
  };
}

/** The GraphQL enum value of a correctable field, back to the data module's name. */
export function fieldOf(value: Uppercase<CorrectableField>): CorrectableField {
  switch (value) {
    case "NAME":
      return "name";
    case "DATE":
      return "date";
    case "PLACE":
      return "place";
    case "STATUS":
      return "status";
    case "KIND":
      return "kind";
    case "CODE":
      return "code";
    default:
      return assertNever(value);
  }
}
