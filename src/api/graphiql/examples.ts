/**
 * The example queries GraphiQL opens with: one tab per question researchers and the
 * secretariat come with. tests/unit/api/schema.test.ts validates each against the schema and
 * tests/integration/api/documented-queries.test.ts runs each on the seed, so they cannot rot.
 */
export interface Example {
  title: string;
  query: string;
  variables?: Record<string, unknown>;
}

export const EXAMPLES: Example[] = [
  {
    title: 'Panellists',
    query: `# The panellists: organization, panel, position and the paragraph that introduces them.
query Panellists {
  panels(sort: [{ ordinal: ASC }]) {
    name
    panellistsConnection(sort: [{ edge: { position: ASC } }]) {
      totalCount
      edges {
        properties { position paragraphs }
        node {
          name
          pronoun
          represents { name acronym kind }
          citations { citation }
        }
      }
    }
  }
}`,
  },
  {
    title: 'Non-liability',
    query: `# Observations that invoke the non-liability principle, and the statements behind them.
query NonLiability {
  observations(where: { mentions: { some: { Concept: { name: { contains: "non-liability" } } } } }) {
    number
    text
    citations { citation }
    drawsOnConnection(sort: [{ edge: { score: DESC } }]) {
      edges {
        properties { score shared }
        node { speakerSurface text citations { citation } }
      }
    }
  }
}`,
  },
  {
    title: 'MMC survey',
    query: `# Every figure the Mixed Migration Centre reported, with its source.
query Survey {
  statistics(where: { reportedBy: { some: { acronym: { eq: "MMC" } } } }, sort: [{ value: DESC }]) {
    value
    unit
    description
    citations { citation quote }
  }
}`,
  },
  {
    title: 'Search',
    query: `query Search($q: String!) {
  search(query: $q, first: 5) {
    score
    field
    snippet
    node { id label name }
    citation { citation }
  }
}`,
    variables: { q: 'smugglers corruption' },
  },
  {
    title: 'Drivers of migration',
    query: `query Drivers {
  driversOfMigration {
    rank
    driver { name }
    speakers
    statements
    raisedIn { speakers citation { citation } }
  }
}`,
  },
  {
    title: 'Engagement',
    query: `# Organization × topic: who spoke on which panel topic (statements behind each cell).
query Engagement {
  engagementByTopic {
    rows { id label kind total }
    columns { id label total }
    cells { row column count statements { citation { citation } } }
  }
}`,
  },
  {
    title: 'Traceability',
    query: `# What each Co-Chairs' observation draws on, and which inputs no observation took up.
query Traceability {
  traceability(minScore: 0.2) {
    observations { number action drawsOn { score shared statement { speakers citation { citation } } } }
    untakenInputs { text citation { citation } }
  }
}`,
  },
  {
    title: 'Path',
    query: `# How an NGO connects to an observation, every step with its paragraph.
query Path($from: ID!, $to: ID!) {
  shortestPath(from: $from, to: $to) {
    nodes { id label name }
    edges { type source target evidence { citation quote } }
  }
}`,
    variables: {
      from: 'org:global-initiative-against-transnational-organized-crime',
      to: 'doc:constructive-dialogue-on-the-review-process-a1e692cdf4b1/obs:42',
    },
  },
  {
    title: 'Aggregates',
    query: `# Counts and pages: organizations by kind, with cursor pagination.
query Organizations($after: String) {
  organizationsConnection(first: 10, after: $after, sort: [{ name: ASC }], where: { kind: { eq: NGO } }) {
    totalCount
    aggregate { count { nodes } node { name { shortest longest } } }
    pageInfo { hasNextPage endCursor }
    edges { node { name acronym representativesConnection { totalCount } participatedInConnection { edges { properties { roles statements } } } } }
  }
}`,
  },
];
