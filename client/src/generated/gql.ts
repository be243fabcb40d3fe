/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment GraphViewParts on GraphView {\n    nodes {\n      id\n      label\n      kind\n      country\n      weight\n      date\n      status\n    }\n    edges {\n      id\n      source\n      target\n      kind\n      label\n      weight\n    }\n  }\n": typeof types.GraphViewPartsFragmentDoc,
    "\n  fragment MeetingSummary on Meeting {\n    id\n    kind\n    date\n    place\n    status\n    participants {\n      id\n      name\n    }\n  }\n": typeof types.MeetingSummaryFragmentDoc,
    "\n  fragment ProposalSummary on Proposal {\n    id\n    name\n    status\n    date\n  }\n": typeof types.ProposalSummaryFragmentDoc,
    "\n  fragment ArticleRef on Article {\n    id\n    title\n    published\n    url\n    outlet\n    sample\n  }\n": typeof types.ArticleRefFragmentDoc,
    "\n  fragment EvidenceItem on Evidence {\n    quote\n    start\n    end\n    article {\n      ...ArticleRef\n    }\n  }\n": typeof types.EvidenceItemFragmentDoc,
    "\n  fragment ActorRef on Actor {\n    __typename\n    ... on Person {\n      id\n      name\n    }\n    ... on Institution {\n      id\n      name\n    }\n    ... on Country {\n      id\n      name\n    }\n  }\n": typeof types.ActorRefFragmentDoc,
    "\n  query Entity($id: ID!) {\n    entity(id: $id) {\n      __typename\n      ... on Person {\n        id\n        name\n        aliases\n        roles\n        country {\n          id\n          name\n        }\n        affiliations {\n          id\n          name\n        }\n        meetings {\n          ...MeetingSummary\n        }\n        proposals {\n          ...ProposalSummary\n        }\n        evidence {\n          ...EvidenceItem\n        }\n      }\n      ... on Institution {\n        id\n        name\n        aliases\n        kind\n        country {\n          id\n          name\n        }\n        members {\n          id\n          name\n        }\n        evidence {\n          ...EvidenceItem\n        }\n      }\n      ... on Country {\n        id\n        name\n        aliases\n        code\n        people {\n          id\n          name\n        }\n        evidence {\n          ...EvidenceItem\n        }\n      }\n      ... on Meeting {\n        ...MeetingSummary\n        countries {\n          id\n          name\n        }\n        evidence {\n          ...EvidenceItem\n        }\n      }\n      ... on Proposal {\n        ...ProposalSummary\n        aliases\n        proposedBy {\n          ...ActorRef\n        }\n        stances {\n          actor {\n            ...ActorRef\n          }\n          stance\n        }\n        partOf {\n          ...ProposalSummary\n        }\n        terms {\n          ...ProposalSummary\n        }\n        lineageLinks {\n          relation\n          from {\n            ...ProposalSummary\n          }\n          to {\n            ...ProposalSummary\n          }\n        }\n        evidence {\n          ...EvidenceItem\n        }\n      }\n    }\n  }\n": typeof types.EntityDocument,
    "\n  query Stats {\n    stats {\n      articles\n      people\n      institutions\n      countries\n      meetings\n      proposals\n    }\n  }\n": typeof types.StatsDocument,
    "\n  query MeetingNetwork($from: String, $to: String, $country: String, $status: String, $minConfidence: Float) {\n    meetingNetwork(from: $from, to: $to, country: $country, status: $status, minConfidence: $minConfidence) {\n      ...GraphViewParts\n    }\n  }\n": typeof types.MeetingNetworkDocument,
    "\n  query LineageNetwork($from: String, $to: String, $country: String, $status: String, $minConfidence: Float) {\n    lineageNetwork(from: $from, to: $to, country: $country, status: $status, minConfidence: $minConfidence) {\n      ...GraphViewParts\n    }\n  }\n": typeof types.LineageNetworkDocument,
    "\n  query Timeline(\n    $from: String\n    $to: String\n    $country: String\n    $status: String\n    $minConfidence: Float\n    $kinds: [EntityKind!]\n  ) {\n    timeline(\n      from: $from\n      to: $to\n      country: $country\n      status: $status\n      minConfidence: $minConfidence\n      kinds: $kinds\n      limit: 500\n    ) {\n      id\n      date\n      kind\n      label\n      status\n    }\n  }\n": typeof types.TimelineDocument,
    "\n  query EventDates($offset: Int) {\n    timeline(limit: 500, offset: $offset) {\n      date\n    }\n  }\n": typeof types.EventDatesDocument,
    "\n  query Neighborhood($id: ID!, $depth: Int) {\n    neighborhood(id: $id, depth: $depth) {\n      ...GraphViewParts\n    }\n  }\n": typeof types.NeighborhoodDocument,
    "\n  query Paths($fromId: ID!, $toId: ID!) {\n    paths(fromId: $fromId, toId: $toId) {\n      throughHubs\n      paths {\n        ...GraphViewParts\n        edges {\n          id\n          evidence {\n            ...EvidenceItem\n          }\n        }\n        meetings {\n          ...MeetingSummary\n        }\n        proposals {\n          ...ProposalSummary\n        }\n      }\n    }\n  }\n": typeof types.PathsDocument,
    "\n  query CompareProposals($a: ID!, $b: ID!) {\n    compareProposals(a: $a, b: $b) {\n      a {\n        ...ProposalSummary\n      }\n      b {\n        ...ProposalSummary\n      }\n      rows {\n        topic\n        change\n        a {\n          ...ProposalSummary\n          evidence {\n            ...EvidenceItem\n          }\n        }\n        b {\n          ...ProposalSummary\n          evidence {\n            ...EvidenceItem\n          }\n        }\n      }\n    }\n  }\n": typeof types.CompareProposalsDocument,
    "\n  fragment FactRef on Entity {\n    __typename\n    ...ActorRef\n    ... on Meeting {\n      id\n      label\n      place\n    }\n    ... on Proposal {\n      id\n      name\n      aliases\n    }\n  }\n": typeof types.FactRefFragmentDoc,
    "\n  query Article($id: ID!) {\n    article(id: $id) {\n      ...ArticleRef\n      body\n      mentions {\n        entityId\n        kind\n        text\n        start\n        end\n      }\n      sentences {\n        start\n        end\n        entities {\n          ...FactRef\n        }\n        relations {\n          kind\n          label\n          from {\n            ...FactRef\n          }\n          to {\n            ...FactRef\n          }\n        }\n      }\n    }\n  }\n": typeof types.ArticleDocument,
    "\n  query Articles($limit: Int) {\n    articles(limit: $limit) {\n      ...ArticleRef\n      file\n    }\n  }\n": typeof types.ArticlesDocument,
    "\n  query Countries {\n    countries(limit: 200) {\n      name\n      code\n    }\n  }\n": typeof types.CountriesDocument,
    "\n  query MeetingsTable($from: String, $to: String, $country: String, $minConfidence: Float, $offset: Int) {\n    meetings(\n      from: $from\n      to: $to\n      country: $country\n      minConfidence: $minConfidence\n      sort: DATE_DESC\n      limit: 200\n      offset: $offset\n    ) {\n      ...MeetingSummary\n      evidence {\n        article {\n          id\n        }\n      }\n    }\n  }\n": typeof types.MeetingsTableDocument,
    "\n  query Search($text: String!, $limit: Int, $kinds: [EntityKind!]) {\n    search(text: $text, limit: $limit, kinds: $kinds) {\n      id\n      kind\n      name\n      score\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query Proposers(\n    $from: String\n    $to: String\n    $country: String\n    $status: String\n    $minConfidence: Float\n    $offset: Int\n  ) {\n    proposals(\n      from: $from\n      to: $to\n      country: $country\n      status: $status\n      minConfidence: $minConfidence\n      limit: 200\n      offset: $offset\n    ) {\n      id\n      proposedBy {\n        ...ActorRef\n      }\n    }\n  }\n": typeof types.ProposersDocument,
};
const documents: Documents = {
    "\n  fragment GraphViewParts on GraphView {\n    nodes {\n      id\n      label\n      kind\n      country\n      weight\n      date\n      status\n    }\n    edges {\n      id\n      source\n      target\n      kind\n      label\n      weight\n    }\n  }\n": types.GraphViewPartsFragmentDoc,
    "\n  fragment MeetingSummary on Meeting {\n    id\n    kind\n    date\n    place\n    status\n    participants {\n      id\n      name\n    }\n  }\n": types.MeetingSummaryFragmentDoc,
    "\n  fragment ProposalSummary on Proposal {\n    id\n    name\n    status\n    date\n  }\n": types.ProposalSummaryFragmentDoc,
    "\n  fragment ArticleRef on Article {\n    id\n    title\n    published\n    url\n    outlet\n    sample\n  }\n": types.ArticleRefFragmentDoc,
    "\n  fragment EvidenceItem on Evidence {\n    quote\n    start\n    end\n    article {\n      ...ArticleRef\n    }\n  }\n": types.EvidenceItemFragmentDoc,
    "\n  fragment ActorRef on Actor {\n    __typename\n    ... on Person {\n      id\n      name\n    }\n    ... on Institution {\n      id\n      name\n    }\n    ... on Country {\n      id\n      name\n    }\n  }\n": types.ActorRefFragmentDoc,
    "\n  query Entity($id: ID!) {\n    entity(id: $id) {\n      __typename\n      ... on Person {\n        id\n        name\n        aliases\n        roles\n        country {\n          id\n          name\n        }\n        affiliations {\n          id\n          name\n        }\n        meetings {\n          ...MeetingSummary\n        }\n        proposals {\n          ...ProposalSummary\n        }\n        evidence {\n          ...EvidenceItem\n        }\n      }\n      ... on Institution {\n        id\n        name\n        aliases\n        kind\n        country {\n          id\n          name\n        }\n        members {\n          id\n          name\n        }\n        evidence {\n          ...EvidenceItem\n        }\n      }\n      ... on Country {\n        id\n        name\n        aliases\n        code\n        people {\n          id\n          name\n        }\n        evidence {\n          ...EvidenceItem\n        }\n      }\n      ... on Meeting {\n        ...MeetingSummary\n        countries {\n          id\n          name\n        }\n        evidence {\n          ...EvidenceItem\n        }\n      }\n      ... on Proposal {\n        ...ProposalSummary\n        aliases\n        proposedBy {\n          ...ActorRef\n        }\n        stances {\n          actor {\n            ...ActorRef\n          }\n          stance\n        }\n        partOf {\n          ...ProposalSummary\n        }\n        terms {\n          ...ProposalSummary\n        }\n        lineageLinks {\n          relation\n          from {\n            ...ProposalSummary\n          }\n          to {\n            ...ProposalSummary\n          }\n        }\n        evidence {\n          ...EvidenceItem\n        }\n      }\n    }\n  }\n": types.EntityDocument,
    "\n  query Stats {\n    stats {\n      articles\n      people\n      institutions\n      countries\n      meetings\n      proposals\n    }\n  }\n": types.StatsDocument,
    "\n  query MeetingNetwork($from: String, $to: String, $country: String, $status: String, $minConfidence: Float) {\n    meetingNetwork(from: $from, to: $to, country: $country, status: $status, minConfidence: $minConfidence) {\n      ...GraphViewParts\n    }\n  }\n": types.MeetingNetworkDocument,
    "\n  query LineageNetwork($from: String, $to: String, $country: String, $status: String, $minConfidence: Float) {\n    lineageNetwork(from: $from, to: $to, country: $country, status: $status, minConfidence: $minConfidence) {\n      ...GraphViewParts\n    }\n  }\n": types.LineageNetworkDocument,
    "\n  query Timeline(\n    $from: String\n    $to: String\n    $country: String\n    $status: String\n    $minConfidence: Float\n    $kinds: [EntityKind!]\n  ) {\n    timeline(\n      from: $from\n      to: $to\n      country: $country\n      status: $status\n      minConfidence: $minConfidence\n      kinds: $kinds\n      limit: 500\n    ) {\n      id\n      date\n      kind\n      label\n      status\n    }\n  }\n": types.TimelineDocument,
    "\n  query EventDates($offset: Int) {\n    timeline(limit: 500, offset: $offset) {\n      date\n    }\n  }\n": types.EventDatesDocument,
    "\n  query Neighborhood($id: ID!, $depth: Int) {\n    neighborhood(id: $id, depth: $depth) {\n      ...GraphViewParts\n    }\n  }\n": types.NeighborhoodDocument,
    "\n  query Paths($fromId: ID!, $toId: ID!) {\n    paths(fromId: $fromId, toId: $toId) {\n      throughHubs\n      paths {\n        ...GraphViewParts\n        edges {\n          id\n          evidence {\n            ...EvidenceItem\n          }\n        }\n        meetings {\n          ...MeetingSummary\n        }\n        proposals {\n          ...ProposalSummary\n        }\n      }\n    }\n  }\n": types.PathsDocument,
    "\n  query CompareProposals($a: ID!, $b: ID!) {\n    compareProposals(a: $a, b: $b) {\n      a {\n        ...ProposalSummary\n      }\n      b {\n        ...ProposalSummary\n      }\n      rows {\n        topic\n        change\n        a {\n          ...ProposalSummary\n          evidence {\n            ...EvidenceItem\n          }\n        }\n        b {\n          ...ProposalSummary\n          evidence {\n            ...EvidenceItem\n          }\n        }\n      }\n    }\n  }\n": types.CompareProposalsDocument,
    "\n  fragment FactRef on Entity {\n    __typename\n    ...ActorRef\n    ... on Meeting {\n      id\n      label\n      place\n    }\n    ... on Proposal {\n      id\n      name\n      aliases\n    }\n  }\n": types.FactRefFragmentDoc,
    "\n  query Article($id: ID!) {\n    article(id: $id) {\n      ...ArticleRef\n      body\n      mentions {\n        entityId\n        kind\n        text\n        start\n        end\n      }\n      sentences {\n        start\n        end\n        entities {\n          ...FactRef\n        }\n        relations {\n          kind\n          label\n          from {\n            ...FactRef\n          }\n          to {\n            ...FactRef\n          }\n        }\n      }\n    }\n  }\n": types.ArticleDocument,
    "\n  query Articles($limit: Int) {\n    articles(limit: $limit) {\n      ...ArticleRef\n      file\n    }\n  }\n": types.ArticlesDocument,
    "\n  query Countries {\n    countries(limit: 200) {\n      name\n      code\n    }\n  }\n": types.CountriesDocument,
    "\n  query MeetingsTable($from: String, $to: String, $country: String, $minConfidence: Float, $offset: Int) {\n    meetings(\n      from: $from\n      to: $to\n      country: $country\n      minConfidence: $minConfidence\n      sort: DATE_DESC\n      limit: 200\n      offset: $offset\n    ) {\n      ...MeetingSummary\n      evidence {\n        article {\n          id\n        }\n      }\n    }\n  }\n": types.MeetingsTableDocument,
    "\n  query Search($text: String!, $limit: Int, $kinds: [EntityKind!]) {\n    search(text: $text, limit: $limit, kinds: $kinds) {\n      id\n      kind\n      name\n      score\n    }\n  }\n": types.SearchDocument,
    "\n  query Proposers(\n    $from: String\n    $to: String\n    $country: String\n    $status: String\n    $minConfidence: Float\n    $offset: Int\n  ) {\n    proposals(\n      from: $from\n      to: $to\n      country: $country\n      status: $status\n      minConfidence: $minConfidence\n      limit: 200\n      offset: $offset\n    ) {\n      id\n      proposedBy {\n        ...ActorRef\n      }\n    }\n  }\n": types.ProposersDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GraphViewParts on GraphView {\n    nodes {\n      id\n      label\n      kind\n      country\n      weight\n      date\n      status\n    }\n    edges {\n      id\n      source\n      target\n      kind\n      label\n      weight\n    }\n  }\n"): typeof import('./graphql.js').GraphViewPartsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingSummary on Meeting {\n    id\n    kind\n    date\n    place\n    status\n    participants {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql.js').MeetingSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProposalSummary on Proposal {\n    id\n    name\n    status\n    date\n  }\n"): typeof import('./graphql.js').ProposalSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArticleRef on Article {\n    id\n    title\n    published\n    url\n    outlet\n    sample\n  }\n"): typeof import('./graphql.js').ArticleRefFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EvidenceItem on Evidence {\n    quote\n    start\n    end\n    article {\n      ...ArticleRef\n    }\n  }\n"): typeof import('./graphql.js').EvidenceItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActorRef on Actor {\n    __typename\n    ... on Person {\n      id\n      name\n    }\n    ... on Institution {\n      id\n      name\n    }\n    ... on Country {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql.js').ActorRefFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Entity($id: ID!) {\n    entity(id: $id) {\n      __typename\n      ... on Person {\n        id\n        name\n        aliases\n        roles\n        country {\n          id\n          name\n        }\n        affiliations {\n          id\n          name\n        }\n        meetings {\n          ...MeetingSummary\n        }\n        proposals {\n          ...ProposalSummary\n        }\n        evidence {\n          ...EvidenceItem\n        }\n      }\n      ... on Institution {\n        id\n        name\n        aliases\n        kind\n        country {\n          id\n          name\n        }\n        members {\n          id\n          name\n        }\n        evidence {\n          ...EvidenceItem\n        }\n      }\n      ... on Country {\n        id\n        name\n        aliases\n        code\n        people {\n          id\n          name\n        }\n        evidence {\n          ...EvidenceItem\n        }\n      }\n      ... on Meeting {\n        ...MeetingSummary\n        countries {\n          id\n          name\n        }\n        evidence {\n          ...EvidenceItem\n        }\n      }\n      ... on Proposal {\n        ...ProposalSummary\n        aliases\n        proposedBy {\n          ...ActorRef\n        }\n        stances {\n          actor {\n            ...ActorRef\n          }\n          stance\n        }\n        partOf {\n          ...ProposalSummary\n        }\n        terms {\n          ...ProposalSummary\n        }\n        lineageLinks {\n          relation\n          from {\n            ...ProposalSummary\n          }\n          to {\n            ...ProposalSummary\n          }\n        }\n        evidence {\n          ...EvidenceItem\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').EntityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Stats {\n    stats {\n      articles\n      people\n      institutions\n      countries\n      meetings\n      proposals\n    }\n  }\n"): typeof import('./graphql.js').StatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingNetwork($from: String, $to: String, $country: String, $status: String, $minConfidence: Float) {\n    meetingNetwork(from: $from, to: $to, country: $country, status: $status, minConfidence: $minConfidence) {\n      ...GraphViewParts\n    }\n  }\n"): typeof import('./graphql.js').MeetingNetworkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LineageNetwork($from: String, $to: String, $country: String, $status: String, $minConfidence: Float) {\n    lineageNetwork(from: $from, to: $to, country: $country, status: $status, minConfidence: $minConfidence) {\n      ...GraphViewParts\n    }\n  }\n"): typeof import('./graphql.js').LineageNetworkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Timeline(\n    $from: String\n    $to: String\n    $country: String\n    $status: String\n    $minConfidence: Float\n    $kinds: [EntityKind!]\n  ) {\n    timeline(\n      from: $from\n      to: $to\n      country: $country\n      status: $status\n      minConfidence: $minConfidence\n      kinds: $kinds\n      limit: 500\n    ) {\n      id\n      date\n      kind\n      label\n      status\n    }\n  }\n"): typeof import('./graphql.js').TimelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventDates($offset: Int) {\n    timeline(limit: 500, offset: $offset) {\n      date\n    }\n  }\n"): typeof import('./graphql.js').EventDatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Neighborhood($id: ID!, $depth: Int) {\n    neighborhood(id: $id, depth: $depth) {\n      ...GraphViewParts\n    }\n  }\n"): typeof import('./graphql.js').NeighborhoodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Paths($fromId: ID!, $toId: ID!) {\n    paths(fromId: $fromId, toId: $toId) {\n      throughHubs\n      paths {\n        ...GraphViewParts\n        edges {\n          id\n          evidence {\n            ...EvidenceItem\n          }\n        }\n        meetings {\n          ...MeetingSummary\n        }\n        proposals {\n          ...ProposalSummary\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').PathsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompareProposals($a: ID!, $b: ID!) {\n    compareProposals(a: $a, b: $b) {\n      a {\n        ...ProposalSummary\n      }\n      b {\n        ...ProposalSummary\n      }\n      rows {\n        topic\n        change\n        a {\n          ...ProposalSummary\n          evidence {\n            ...EvidenceItem\n          }\n        }\n        b {\n          ...ProposalSummary\n          evidence {\n            ...EvidenceItem\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').CompareProposalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FactRef on Entity {\n    __typename\n    ...ActorRef\n    ... on Meeting {\n      id\n      label\n      place\n    }\n    ... on Proposal {\n      id\n      name\n      aliases\n    }\n  }\n"): typeof import('./graphql.js').FactRefFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Article($id: ID!) {\n    article(id: $id) {\n      ...ArticleRef\n      body\n      mentions {\n        entityId\n        kind\n        text\n        start\n        end\n      }\n      sentences {\n        start\n        end\n        entities {\n          ...FactRef\n        }\n        relations {\n          kind\n          label\n          from {\n            ...FactRef\n          }\n          to {\n            ...FactRef\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ArticleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Articles($limit: Int) {\n    articles(limit: $limit) {\n      ...ArticleRef\n      file\n    }\n  }\n"): typeof import('./graphql.js').ArticlesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Countries {\n    countries(limit: 200) {\n      name\n      code\n    }\n  }\n"): typeof import('./graphql.js').CountriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingsTable($from: String, $to: String, $country: String, $minConfidence: Float, $offset: Int) {\n    meetings(\n      from: $from\n      to: $to\n      country: $country\n      minConfidence: $minConfidence\n      sort: DATE_DESC\n      limit: 200\n      offset: $offset\n    ) {\n      ...MeetingSummary\n      evidence {\n        article {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').MeetingsTableDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($text: String!, $limit: Int, $kinds: [EntityKind!]) {\n    search(text: $text, limit: $limit, kinds: $kinds) {\n      id\n      kind\n      name\n      score\n    }\n  }\n"): typeof import('./graphql.js').SearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Proposers(\n    $from: String\n    $to: String\n    $country: String\n    $status: String\n    $minConfidence: Float\n    $offset: Int\n  ) {\n    proposals(\n      from: $from\n      to: $to\n      country: $country\n      status: $status\n      minConfidence: $minConfidence\n      limit: 200\n      offset: $offset\n    ) {\n      id\n      proposedBy {\n        ...ActorRef\n      }\n    }\n  }\n"): typeof import('./graphql.js').ProposersDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
