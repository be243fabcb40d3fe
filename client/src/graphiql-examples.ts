/** The example tabs GraphiQL opens with, until the user has tabs of their own in local storage. */
import type { GraphiQLProps } from "graphiql";

type TabDefinition = NonNullable<GraphiQLProps["defaultTabs"]>[number];

export const EXAMPLE_TABS: TabDefinition[] = [
  {
    query: `# Who met whom: one edge per pair that met.
# weight: meetings per person, shared meetings per pair.
query WhoMetWhom {
  meetingNetwork {
    nodes { id label country weight }
    edges { source target weight }
  }
}`,
  },
  {
    query: `# Find ids by name or alias; who a person met, where.
query FindAndMeet($text: String!) {
  search(text: $text, limit: 5) { id kind name score }
  people(search: $text, limit: 1) {
    name roles country { name }
    meetings { kind date place participants { name } }
  }
}`,
    variables: `{ "text": "Lavrov" }`,
  },
  {
    query: `# Proposal lineage: which plan revises, answers
# or builds on which.
query Lineage {
  lineageNetwork {
    nodes { id label status date }
    edges { source target label }
  }
  proposals(limit: 10) {
    name status date
    proposedBy { ... on Person { name } ... on Institution { name } ... on Country { name } }
    evidence { quote article { title published } }
  }
}`,
  },
  {
    query: `# Shortest path between two entities.
# Fill in two ids from a search.
query Path($fromId: ID!, $toId: ID!) {
  path(fromId: $fromId, toId: $toId) {
    nodes { id label kind }
    edges { source target kind label evidence { quote article { title published } } }
    meetings { label date place participants { name } }
    proposals { name status date }
  }
}`,
    variables: `{ "fromId": "person:steve-witkoff", "toId": "person:sergei-lavrov" }`,
  },
  {
    query: `# The lineage of one proposal: what it grew out of
# and what grew out of it, with the sentence for each link.
query LineageOfProposal($id: ID!) {
  proposalLineage(id: $id) {
    proposal { name status date }
    ancestors { name status date }
    descendants { name status date }
    edges { from { name } relation to { name } evidence { quote } }
  }
}`,
    variables: `{ "id": "" }`,
  },
  {
    query: `# An article's sentences and the facts each supports:
# the entities it attests, the relations it states.
query ArticleFacts {
  articles(limit: 1) {
    title
    sentences {
      quote
      entities { __typename ... on Meeting { label } ... on Proposal { name } ... on Person { name } }
      relations { label from { ... on Person { name } } to { ... on Meeting { label } ... on Proposal { name } } }
    }
  }
}`,
  },
  {
    query: `# What the graph holds; latest meetings and evidence.
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
