/**
 * Corrections by analysts: merge two nodes that are one entity (and undo it), set a property
 * (rename...), and the log of who changed what when. Each runs in one write transaction.
 * The loader re-applies them after every article it writes (reapplyCorrections), so they
 * survive re-ingest.
 */
import { randomUUID } from "node:crypto";
import neo4j, { type ManagedTransaction } from "neo4j-driver";
import type { EntityKind } from "../../common/graph-document.ts";
import type { Executor } from "../executor.ts";
import { matchEntityById } from "../queries/cypher.ts";
import { entityKindOf } from "../records.ts";
import {
  clampPage,
  isProperties,
  nodeAt,
  nodeOrNullAt,
  readString,
  readStringList,
  valueAt,
} from "../values.ts";
import { CorrectionError } from "./errors.ts";
import {
  toCorrectionRecord,
  type Actor,
  type CorrectableField,
  type CorrectionKind,
  type CorrectionRecord,
} from "./records.ts";
import * as cypher from "./statements.ts";

export const MAX_CORRECTIONS_PAGE = 200;

/** Says why `value` is not a valid `field` of a `kind` (null when it is): the API's rules, applied in the transaction. */
export type CorrectionCheck = (
  kind: EntityKind,
  field: CorrectableField,
  value: string | null,
) => string | null;

/** The properties a new Correction node starts with. */
function newCorrection(
  kind: CorrectionKind,
  actor: Actor,
  fields: Record<string, string | null>,
): Record<string, unknown> {
  return {
    id: `correction:${randomUUID()}`,
    kind,
    who: actor.who,
    at: new Date().toISOString(),
    undone: false,
    ...fields,
  };
}

async function findEntityNode(tx: ManagedTransaction, id: string) {
  const result = await tx.run(`${matchEntityById("n", "id")} RETURN n LIMIT 1`, { id });
  const record = result.records[0];
  const node = record ? nodeOrNullAt(record, "n") : null;
  const kind = node ? entityKindOf(node.labels) : null;
  return node && kind ? { node, kind } : null;
}

async function requireEntity(tx: ManagedTransaction, id: string) {
  const found = await findEntityNode(tx, id);
  if (!found) throw new CorrectionError("NOT_FOUND", `Entity "${id}" not found`);
  return found;
}

/** Merges `mergeId` into `keepId` (same kind): facts, mentions, evidence and aliases move over. */
export function mergeEntities(
  executor: Executor,
  keepId: string,
  mergeId: string,
  actor: Actor,
): Promise<CorrectionRecord> {
  if (keepId === mergeId) throw new CorrectionError("INVALID", "An entity cannot be merged into itself");
  return executor.write(async (tx) => {
    const keep = await requireEntity(tx, keepId);
    const merge = await requireEntity(tx, mergeId);
    if (keep.kind !== merge.kind) {
      throw new CorrectionError("INVALID", `Cannot merge a ${merge.kind} into a ${keep.kind}`);
    }
    const correction = newCorrection("merge", actor, {
      targetId: keepId,
      otherId: mergeId,
      entityKind: keep.kind,
      // The merged node as it was, to recreate it on undo.
      snapshot: JSON.stringify(merge.node.properties),
    });
    const result = await tx.run(cypher.mergeStatement(keep.kind), { keepId, mergeId, correction });
    return toCorrectionRecord(nodeAt(result.records[0]!, "c"));
  });
}

/** Sets a property of an entity (a rename when `field` is name) and logs the old value. */
export function correctEntity(
  executor: Executor,
  id: string,
  field: CorrectableField,
  value: string | null,
  actor: Actor,
  check: CorrectionCheck,
): Promise<CorrectionRecord> {
  return executor.write(async (tx) => {
    const { node, kind } = await requireEntity(tx, id);
    const problem = check(kind, field, value);
    if (problem) throw new CorrectionError("INVALID", problem);
    const previous = node.properties[field];
    const correction = newCorrection("set", actor, {
      targetId: id,
      field,
      value,
      previous: typeof previous === "string" ? previous : null,
    });
    await setField(tx, id, field, value);
    const created = await tx.run(cypher.CREATE_CORRECTION, { correction });
    return toCorrectionRecord(nodeAt(created.records[0]!, "c"));
  });
}

async function setField(tx: ManagedTransaction, id: string, field: string, value: string | null) {
  await tx.run(`${matchEntityById("n", "id")} ${cypher.SET_FIELD}`, { id, field, value });
}

/** Undoes a merge (the merged entity comes back with what was its own) or a property change. */
export function undoCorrection(executor: Executor, id: string, actor: Actor): Promise<CorrectionRecord> {
  return executor.write(async (tx) => {
    const found = await tx.run("MATCH (c:Correction {id: $id}) RETURN c", { id });
    const record = found.records[0];
    if (!record) throw new CorrectionError("NOT_FOUND", `Correction "${id}" not found`);
    const node = nodeAt(record, "c");
    const correction = toCorrectionRecord(node);
    if (correction.undone) throw new CorrectionError("INVALID", `Correction "${id}" is already undone`);
    switch (correction.kind) {
      case "merge":
        await unmerge(tx, correction, node.properties);
        break;
      case "set":
        await unset(tx, correction);
        break;
      case "ingestArticle":
      case "deleteArticle":
        throw new CorrectionError(
          "INVALID",
          `A ${correction.kind} cannot be undone; ingest or delete the article again`,
        );
    }
    const updated = await tx.run(
      "MATCH (c:Correction {id: $id}) SET c.undone = true, c.undoneBy = $who, c.undoneAt = $at RETURN c",
      { id, who: actor.who, at: new Date().toISOString() },
    );
    return toCorrectionRecord(nodeAt(updated.records[0]!, "c"));
  });
}

async function unmerge(tx: ManagedTransaction, correction: CorrectionRecord, props: Record<string, unknown>) {
  const keepId = correction.targetId;
  const mergeId = correction.otherId ?? "";
  const later = await tx.run("MATCH (a:MergedInto {fromId: $keepId}) RETURN a.intoId AS into", { keepId });
  if (later.records.length > 0) {
    throw new CorrectionError(
      "INVALID",
      `"${keepId}" was later merged into "${readString(later.records[0]!.toObject(), "into")}"; undo that merge first`,
    );
  }
  const keep = await findEntityNode(tx, keepId);
  if (!keep) throw new CorrectionError("INVALID", `The kept entity "${keepId}" no longer exists`);
  if (await findEntityNode(tx, mergeId)) {
    throw new CorrectionError("INVALID", `An entity "${mergeId}" exists again; merge it instead`);
  }
  const snapshot: unknown = JSON.parse(readString(props, "snapshot", "{}"));
  if (!isProperties(snapshot)) throw new Error(`Correction ${correction.id} has no snapshot`);
  await tx.run(cypher.unmergeStatement(keep.kind), {
    keepId,
    mergeId,
    snapshot: { ...snapshot, id: mergeId },
    addedAliases: readStringList(props, "addedAliases"),
  });
}

/** Puts back the value the field would have without this correction. */
async function unset(tx: ManagedTransaction, correction: CorrectionRecord) {
  const history = await tx.run(
    `MATCH (c:Correction {kind: 'set', targetId: $targetId, field: $field})
     RETURN c ORDER BY c.at, c.id`,
    { targetId: correction.targetId, field: correction.field },
  );
  const all = history.records.map((r) => toCorrectionRecord(nodeAt(r, "c")));
  const active = all.filter((c) => !c.undone && c.id !== correction.id);
  const latestActive = all.filter((c) => !c.undone).at(-1);
  // A later correction of the same field still decides the value: nothing to change.
  if (latestActive && latestActive.id !== correction.id) return;
  const value = active.length > 0 ? active[active.length - 1]!.value : (all[0]?.previous ?? null);
  if (!(await findEntityNode(tx, correction.targetId))) return;
  await setField(tx, correction.targetId, correction.field ?? "", value);
}

/** Re-applies the active property corrections of these entities (the loader calls it after each article). */
export async function reapplyCorrections(tx: ManagedTransaction, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const result = await tx.run(cypher.ACTIVE_SETS, { ids });
  for (const record of result.records) {
    const value = valueAt(record, "value");
    await setField(
      tx,
      readString(record.toObject(), "id"),
      readString(record.toObject(), "field"),
      typeof value === "string" ? value : null,
    );
  }
  return result.records.length;
}

/** Logs a write that is not itself a correction (ingest or deletion of an article). */
export async function recordWrite(
  tx: ManagedTransaction,
  kind: "ingestArticle" | "deleteArticle",
  targetId: string,
  actor: Actor,
): Promise<void> {
  await tx.run(cypher.CREATE_CORRECTION, { correction: newCorrection(kind, actor, { targetId }) });
}

/** The log, newest first; with `targetId`, only what touched that entity or article. */
export async function listCorrections(
  executor: Executor,
  args: { targetId?: string | null; limit?: number | null; offset?: number | null },
): Promise<CorrectionRecord[]> {
  const { limit, offset } = clampPage(args.limit, args.offset, MAX_CORRECTIONS_PAGE);
  const result = await executor.read((tx) =>
    tx.run(
      `MATCH (c:Correction)
       WHERE $targetId IS NULL OR c.targetId = $targetId OR c.otherId = $targetId
       RETURN c ORDER BY c.at DESC, c.id SKIP $offset LIMIT $limit`,
      { targetId: args.targetId ?? null, limit: neo4j.int(limit), offset: neo4j.int(offset) },
    ),
  );
  return result.records.map((r) => toCorrectionRecord(nodeAt(r, "c")));
}
