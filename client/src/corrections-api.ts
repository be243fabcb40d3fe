/**
 * Corrections through the API's write mutations (merge, rename, undo), used only when the server
 * offers them. What exists is read from the schema, so the UI can say plainly what is missing.
 */
import { request } from "./api.ts";

interface TypeRef {
  name: string | null;
  kind: string;
  ofType: TypeRef | null;
}

interface MutationField {
  name: string;
  args: { name: string }[];
  type: TypeRef;
}

export interface MutationInfo {
  name: string;
  args: string[];
  /** The named return type when it is an object (so a selection set is needed), else null. */
  objectType: string | null;
  /** Fields of that object type. */
  fields: string[];
}

export interface CorrectionSupport {
  merge: MutationInfo | null;
  rename: MutationInfo | null;
  undo: MutationInfo | null;
}

function named(type: TypeRef): TypeRef {
  return type.ofType ? named(type.ofType) : type;
}

let support: Promise<CorrectionSupport> | null = null;

/** Which correction mutations the server has (asked once per page). */
export function correctionSupport(): Promise<CorrectionSupport> {
  support ??= (async () => {
    const none: CorrectionSupport = { merge: null, rename: null, undo: null };
    const data = await request<{ __type: { fields: MutationField[] | null } | null }>(
      `query MutationFields { __type(name: "Mutation") { fields { name args { name } type { name kind ofType { name kind ofType { name kind ofType { name kind } } } } } } }`,
    ).catch(() => ({ __type: null }));
    const fields = data.__type?.fields ?? [];
    const info = async (field: MutationField | undefined): Promise<MutationInfo | null> => {
      if (!field) return null;
      const type = named(field.type);
      const objectType =
        type.kind === "OBJECT" || type.kind === "UNION" || type.kind === "INTERFACE" ? type.name : null;
      let objectFields: string[] = [];
      if (objectType && type.kind === "OBJECT") {
        const t = await request<{ __type: { fields: { name: string }[] | null } | null }>(
          `query ReturnType($name: String!) { __type(name: $name) { fields { name } } }`,
          { name: objectType },
        ).catch(() => ({ __type: null }));
        objectFields = (t.__type?.fields ?? []).map((f) => f.name);
      }
      return { name: field.name, args: field.args.map((a) => a.name), objectType, fields: objectFields };
    };
    if (fields.length === 0) return none;
    return {
      merge: await info(fields.find((f) => f.name === "mergeEntities")),
      rename: await info(fields.find((f) => f.name === "renameEntity")),
      undo: await info(fields.find((f) => /^undo/i.test(f.name))),
    };
  })();
  return support;
}

/** What a correction answered: the id of the correction when the server tells it, for undo. */
export interface CorrectionResult {
  correctionId: string | null;
}

function selection(info: MutationInfo): string {
  if (!info.objectType) return "";
  return `{ __typename ${info.fields.includes("id") ? "id" : ""} }`;
}

async function run(info: MutationInfo, values: Record<string, string>): Promise<CorrectionResult> {
  const names = Object.keys(values);
  const vars = names.map((n) => `$${n}: ${n.endsWith("Id") || n === "id" ? "ID!" : "String!"}`).join(", ");
  const args = names.map((n) => `${n}: $${n}`).join(", ");
  const data = await request<Record<string, { id?: string } | null>>(
    `mutation Correct(${vars}) { ${info.name}(${args}) ${selection(info)} }`,
    values,
  );
  const answer = data[info.name];
  const isCorrection = /correction/i.test(info.objectType ?? "");
  return { correctionId: isCorrection && answer && typeof answer.id === "string" ? answer.id : null };
}

/** Merges `mergeId` into `keepId`: one node remains, with both names and all facts. */
export async function mergeEntities(keepId: string, mergeId: string): Promise<CorrectionResult> {
  const { merge } = await correctionSupport();
  if (!merge) throw new Error("This server does not offer mergeEntities yet.");
  return run(merge, { keepId, mergeId });
}

/** Gives an entity a new name (the old one stays an alias where the server keeps aliases). */
export async function renameEntity(id: string, name: string): Promise<CorrectionResult> {
  const { rename } = await correctionSupport();
  if (!rename) throw new Error("This server does not offer renameEntity yet.");
  return run(rename, { id, name });
}

/** Undoes a correction by its id (or the last one, when the server's undo takes no id). */
export async function undoCorrection(correctionId: string | null): Promise<void> {
  const { undo } = await correctionSupport();
  if (!undo) throw new Error("This server does not offer undo yet.");
  const arg = undo.args[0];
  if (arg && !correctionId) throw new Error("The server did not say which correction to undo.");
  const args = arg && correctionId ? `(${arg}: $id)` : "";
  const vars = arg && correctionId ? "($id: ID!)" : "";
  await request(
    `mutation Undo${vars} { ${undo.name}${args} ${selection(undo)} }`,
    correctionId ? { id: correctionId } : {},
  );
}

/** Deletes the sample articles (and what only they supported); returns their ids. Needs a write token. */
export async function removeSamples(): Promise<string[]> {
  const data = await request<{ removeSamples: string[] }>("mutation RemoveSamples { removeSamples }");
  return data.removeSamples;
}
