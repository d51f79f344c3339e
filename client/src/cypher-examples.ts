/**
 * Example queries for the Cypher box, written as a historian would ask: each returns the claims themselves
 * (so the graph lights up their edges) beside readable columns, and names what to change to ask about
 * another unit or document.
 */

export interface CypherExample {
  title: string;
  query: string;
}

export const CYPHER_EXAMPLES: readonly CypherExample[] = [
  {
    title: "A unit's claims over time",
    query: [
      '// Change the name to follow another regiment or unit.',
      "MATCH (unit:Entity {type: 'Regiment'})-[claim]-(other:Entity)",
      "WHERE unit.name CONTAINS 'garnison'",
      'RETURN unit, claim, other, claim.date AS date, claim.calendar AS calendar',
      'ORDER BY claim.dateGregorian',
      'LIMIT 100',
    ].join('\n'),
  },
  {
    title: 'Who arrested whom',
    query: [
      'MATCH (who:Entity)-[claim:ARRESTED]->(whom:Entity)',
      'RETURN who, claim, whom, claim.evidence AS evidence',
      'ORDER BY claim.dateGregorian',
      'LIMIT 100',
    ].join('\n'),
  },
  {
    title: 'Claims from one document',
    query: [
      '// Change the title to read another document.',
      'MATCH (d:Document)',
      'WITH d ORDER BY d.title LIMIT 1',
      'MATCH (a:Entity)-[claim]->(b:Entity)',
      'WHERE claim.documentId = d.id',
      'RETURN d.title AS document, claim.line AS line, a, claim, b',
      'ORDER BY claim.line',
      'LIMIT 100',
    ].join('\n'),
  },
];
