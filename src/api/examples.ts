/** Queries shown in GraphiQL and the README: ready to run against any ingested graph. */
export const headlineQuery = `# Which talks produced which exchanges, when, how many per side, with the sentences that say so?
{
  talks {
    id label date status
    place { name countryCode }
    produced {
      id type label date status perSide total
      place { name }
      evidence { text article { title publishedAt } }
    }
  }
}`;

export const exampleQueries = {
  headline: headlineQuery,
  whoSaidWhat: `# Who announced, confirmed, demanded or rejected what, on which channel?
{
  events(first: 20) {
    nodes {
      type label date status
      claims { kind channel by { ... on Person { name roles { title of { ... on Place { name } } } } ... on Place { name } } evidence { text } }
    }
  }
}`,
  inAPlace: `# What happened in a place (and the places inside it) in a period?
{
  events(filter: { place: "Geneva", from: "2026-03", to: "2026-03" }) {
    totalCount
    nodes { type label date status }
  }
}`,
  search: `{ search(text: "Zelensky") { score node { __typename ... on Person { id name aliases } ... on Event { id label } } } }`,
  stats: `{ stats { articles people places organizations sources events relationships eventsByType { type count } } }`,
};
