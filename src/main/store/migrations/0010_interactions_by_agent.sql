-- The agent's own panel lists this agent's newest calls and counts today's:
-- both read interactions by agent and start time (0009 is the search index's).
CREATE INDEX interactions_by_agent ON interactions (agent, started_at DESC);
