-- The contact center's people, from the CRM's feed (sync item `agent`):
-- who a console's user is, whether they supervise, and which teams they lead.
CREATE TABLE agents (
  id INTEGER PRIMARY KEY,
  external_id TEXT NOT NULL UNIQUE,
  sip_address TEXT NOT NULL,
  display_name TEXT NOT NULL,
  team TEXT NOT NULL,
  leads_teams TEXT NOT NULL DEFAULT '[]',
  role TEXT NOT NULL CHECK (role IN ('agent', 'supervisor', 'admin')),
  active INTEGER NOT NULL DEFAULT 1,
  updated_at INTEGER NOT NULL
);
CREATE INDEX agents_by_sip_address ON agents (sip_address);
CREATE INDEX agents_by_display_name ON agents (display_name);
