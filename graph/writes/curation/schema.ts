/** Constraints and indexes for the audit trail, spread into graph/schema.ts's list. */
export const CURATION_SCHEMA_STATEMENTS: readonly string[] = [
  'CREATE CONSTRAINT audit_event_id IF NOT EXISTS FOR (e:AuditEvent) REQUIRE e.id IS UNIQUE',
  'CREATE INDEX audit_event_seq IF NOT EXISTS FOR (e:AuditEvent) ON (e.seq)',
  'CREATE INDEX audit_event_claim IF NOT EXISTS FOR (e:AuditEvent) ON (e.claimId)',
];
