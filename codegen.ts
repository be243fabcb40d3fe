/**
 * GraphQL Code Generator: the schema is the one declaration of every API shape. From it come
 * the server's resolver types (parents are the data module's records) and the client's result
 * types. `npm run codegen` regenerates; `npm run codegen:check` fails when they are stale.
 */
import type { CodegenConfig } from "@graphql-codegen/cli";

const DB = "../../db/index.ts";

const config: CodegenConfig = {
  schema: "server/schema/schema.graphql",
  emitLegacyCommonJSImports: false,
  generates: {
    "server/generated/resolvers.ts": {
      plugins: ["typescript", "typescript-resolvers"],
      config: {
        useTypeImports: true,
        useIndexSignature: false,
        enumsAsTypes: true,
        contextType: "../context.ts#GraphContext",
        // Resolvers receive the data module's records as parents; field resolvers fill the rest.
        mappers: {
          Person: `${DB}#PersonRecord`,
          Institution: `${DB}#InstitutionRecord`,
          Country: `${DB}#CountryRecord`,
          Meeting: `${DB}#MeetingRecord`,
          Proposal: `${DB}#ProposalRecord`,
          Article: `${DB}#ArticleRecord`,
          Evidence: `${DB}#EvidenceRecord`,
          Mention: `${DB}#MentionRecord`,
          SupportingSentence: `${DB}#SentenceRecord`,
          StatedRelation: `${DB}#StatedRelationRecord`,
          TimelineEvent: `${DB}#TimelineEventRecord`,
          GraphView: `${DB}#GraphViewRecord`,
          GraphNode: `${DB}#GraphNodeRecord`,
          GraphEdge: `${DB}#GraphEdgeRecord`,
          Lineage: `${DB}#LineageRecord`,
          LineageLink: `${DB}#LineageLinkRecord`,
          StanceOn: `${DB}#StanceRecord`,
          Encounter: `${DB}#EncounterRecord`,
          SearchHit: `${DB}#SearchHitRecord`,
          Stats: `${DB}#StatsRecord`,
          Correction: `${DB}#CorrectionRecord`,
        },
        // GraphQL enum values that the data module spells differently.
        enumValues: {
          CorrectionKind: {
            MERGE: "merge",
            SET: "set",
            INGEST_ARTICLE: "ingestArticle",
            DELETE_ARTICLE: "deleteArticle",
          },
          CorrectableField: {
            NAME: "name",
            DATE: "date",
            PLACE: "place",
            STATUS: "status",
            KIND: "kind",
            CODE: "code",
          },
        },
      },
    },
    "client/src/generated/": {
      documents: ["client/src/**/*.ts", "!client/src/generated/**"],
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        documentMode: "string",
        skipTypename: true,
        enumsAsTypes: true,
      },
    },
  },
};

export default config;
