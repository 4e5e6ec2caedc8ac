-- The supervisors' board counts each agent's overdue promises: open ones by
-- owner and due time (0001's index is by due time alone, for every owner).
CREATE INDEX promises_open_by_owner ON promises (owner_name, due_at) WHERE status = 'open';
