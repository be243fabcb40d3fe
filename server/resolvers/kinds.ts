/** Narrowing records by kind: a lookup by id may hit an entity of another kind. */
import type { EntityKind } from "../../common/graph-document.ts";
import type { EntityRecord, RecordOfKind } from "../../db/index.ts";

/** A type guard for records of `kind`; null and other kinds fail it. */
export function isOfKind<K extends EntityKind>(kind: K) {
  return (record: EntityRecord | null | undefined): record is RecordOfKind<K> => record?.kind === kind;
}

/** `record` if it is of `kind`, else null. */
export function ofKind<K extends EntityKind>(
  record: EntityRecord | null | undefined,
  kind: K,
): RecordOfKind<K> | null {
  return isOfKind(kind)(record) ? record : null;
}
