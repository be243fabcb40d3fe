/** Which value each correctable field of each kind accepts: the rules correctEntity applies. */
import {
  assertNever,
  MEETING_KINDS,
  MEETING_STATUSES,
  PROPOSAL_STATUSES,
  type EntityKind,
} from "../../common/graph-document.ts";
import type { CorrectableField, CorrectionCheck } from "../../db/index.ts";

const INSTITUTION_KINDS = ["government", "company", "media", "ngo", "international", "university", "other"];
const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
export const MAX_NAME_LENGTH = 200;

function oneOf(field: string, allowed: readonly string[], value: string | null): string | null {
  return value !== null && allowed.includes(value) ? null : `${field} must be one of: ${allowed.join(", ")}`;
}

/** The fields a kind has, and the values each takes. */
export const checkCorrection: CorrectionCheck = (kind: EntityKind, field: CorrectableField, value) => {
  const noSuchField = `A ${kind} has no correctable ${field}`;
  switch (field) {
    case "name":
      return value?.trim() && value.length <= MAX_NAME_LENGTH
        ? null
        : `name must be 1 to ${MAX_NAME_LENGTH} characters`;
    case "date":
      if (kind !== "Meeting" && kind !== "Proposal") return noSuchField;
      return value === null || PARTIAL_DATE.test(value) ? null : "date must be YYYY, YYYY-MM or YYYY-MM-DD";
    case "place":
      if (kind !== "Meeting") return noSuchField;
      return value === null || value.length <= MAX_NAME_LENGTH ? null : "place is too long";
    case "status":
      if (kind === "Meeting") return oneOf("status", MEETING_STATUSES, value);
      if (kind === "Proposal") return oneOf("status", PROPOSAL_STATUSES, value);
      return noSuchField;
    case "kind":
      if (kind === "Institution") return oneOf("kind", INSTITUTION_KINDS, value);
      if (kind === "Meeting") return oneOf("kind", MEETING_KINDS, value);
      return noSuchField;
    case "code":
      if (kind !== "Country") return noSuchField;
      return value === null || /^[A-Z]{2}$/.test(value)
        ? null
        : "code must be two capital letters (ISO 3166-1)";
    default:
      return assertNever(field);
  }
};
