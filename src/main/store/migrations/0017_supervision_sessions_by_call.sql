-- A call's review lists the monitoring sessions on it: found by the call's
-- row (the agent's side) or by its SIP Call-ID (the supervisor's side).
CREATE INDEX supervision_sessions_by_interaction ON supervision_sessions (interaction_id);
CREATE INDEX supervision_sessions_by_call_id ON supervision_sessions (call_id);
