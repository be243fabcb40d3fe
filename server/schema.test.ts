import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType } from "graphql";
import { describe, expect, it } from "vitest";
import { typeDefs } from "./schema.ts";

/** Every place GraphiQL shows documentation for, with its description (or null). */
function documentedPlaces(): [string, string | null | undefined][] {
  const schema = buildSchema(typeDefs);
  const places: [string, string | null | undefined][] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__") || ["String", "Int", "Float", "Boolean", "ID"].includes(type.name))
      continue;
    if (type.name !== "Query" && type.name !== "Mutation") places.push([type.name, type.description]);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        places.push([`${type.name}.${field.name}`, field.description]);
        for (const arg of "args" in field ? field.args : [])
          places.push([`${type.name}.${field.name}(${arg.name})`, arg.description]);
      }
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) places.push([`${type.name}.${value.name}`, value.description]);
    }
  }
  return places;
}

describe("the GraphQL contract", () => {
  it("describes every type, field, argument and enum value", () => {
    const undocumented = documentedPlaces()
      .filter(([, description]) => !description?.trim())
      .map(([place]) => place);
    expect(undocumented).toEqual([]);
  });

  it("keeps the query names of the foundation", () => {
    const fields = Object.keys(buildSchema(typeDefs).getQueryType()?.getFields() ?? {});
    expect(fields).toEqual(
      expect.arrayContaining([
        "people",
        "institutions",
        "countries",
        "meetings",
        "proposals",
        "articles",
        "entity",
        "whoMetWhom",
        "meetingNetwork",
        "proposalLineage",
        "lineageNetwork",
        "neighborhood",
        "path",
        "search",
        "stats",
        "timeline",
      ]),
    );
  });
});
