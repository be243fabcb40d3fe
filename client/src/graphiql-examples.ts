/** The example tabs GraphiQL opens with, until the user has tabs of their own in local storage. */
import type { GraphiQLProps } from "graphiql";

type TabDefinition = NonNullable<GraphiQLProps["defaultTabs"]>[number];

export const EXAMPLE_TABS: TabDefinition[] = [
  {
    query: `# Who met whom: everyone a person met, with the meetings they shared.
# Find a person's id first with the search query below.
query WhoMetWhom($personId: ID!) {
  person(id: $personId) { name roles country { name } }
  whoMetWhom(personId: $personId) {
    person { name country { name } }
    meetings { kind date place evidence { quote article { title published } } }
  }
}

query Search($text: String!) {
  search(text: $text) { id kind name score }
}`,
    variables: `{ "personId": "", "text": "Lavrov" }`,
  },
  {
    query: `# Proposal lineage: how each plan revises, answers or builds on another.
query Lineage {
  lineageNetwork {
    nodes { id label status date }
    edges { source target label }
  }
}

query OneLineage($id: ID!) {
  proposalLineage(id: $id) {
    proposal { name status }
    ancestors { name date }
    descendants { name date }
    edges { from { name } to { name } relation evidence { quote } }
  }
}`,
    variables: `{ "id": "" }`,
  },
  {
    query: `# The shortest path between two entities (ids from a search).
query Path($fromId: ID!, $toId: ID!) {
  path(fromId: $fromId, toId: $toId) {
    nodes { id label kind }
    edges { source target kind label }
  }
}`,
    variables: `{ "fromId": "", "toId": "" }`,
  },
  {
    query: `# What the graph holds, and the latest meetings.
query Overview {
  stats { articles people institutions countries meetings proposals }
  meetings(limit: 10) {
    kind date place status
    participants { name }
    evidence { quote article { title published url } }
  }
}`,
  },
];
