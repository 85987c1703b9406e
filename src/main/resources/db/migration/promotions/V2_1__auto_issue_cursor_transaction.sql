-- The auto-issue cursor follows orders in the order their transactions finished (issue 10): the inserting transaction
-- of the last order read, then its id. 0 matches the orders stored before that column existed.
alter table auto_issue_cursor add column last_transaction bigint not null default 0;
