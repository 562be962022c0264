// Placeholder: replaced by the local Neo4j manager's global setup.
export default async function setup(): Promise<void> {}
