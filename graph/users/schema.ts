/**
 * Constraints and indexes for the users and their credentials (sessions and API tokens), kept
 * beside the queries that rely on them and spread into graph/schema.ts's list.
 */
export const USER_SCHEMA_STATEMENTS: readonly string[] = [
  'CREATE CONSTRAINT user_username IF NOT EXISTS FOR (u:User) REQUIRE u.username IS UNIQUE',
  'CREATE CONSTRAINT credential_id IF NOT EXISTS FOR (c:Credential) REQUIRE c.id IS UNIQUE',
  'CREATE CONSTRAINT credential_secret_hash IF NOT EXISTS FOR (c:Credential) REQUIRE c.secretHash IS UNIQUE',
];
