-- sync_runs.graph_requests was never filled: Graph requests are counted by status on the
-- tandem.graph.requests metric, and since a connection's run reads both resources' first pages in
-- one $batch a request no longer belongs to one resource's run.
ALTER TABLE sync_runs DROP COLUMN graph_requests;
