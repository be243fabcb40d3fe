/** The GraphiQL page at /graphiql: the real GraphQL API, with example queries, fully bundled. */
import "./graphiql-workers.ts";
import "graphiql/style.css";
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { EXAMPLE_TABS } from "./graphiql-examples.ts";

const container = document.getElementById("graphiql");
if (!container) throw new Error("#graphiql is missing from graphiql.html");

const fetcher = createGraphiQLFetcher({ url: "/graphql" });

createRoot(container).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultTabs={EXAMPLE_TABS} defaultEditorToolsVisibility="variables" />
  </StrictMode>,
);
