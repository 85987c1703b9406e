-- The transaction that stored each order (issue 10). Readers that follow new orders with a cursor (下单返券) read in
-- (inserted_xid, id) order and only orders of transactions that have finished, so an order whose transaction
-- commits after one with a higher id is not skipped. Orders stored before this column existed count as transaction 0,
-- which keeps such a cursor's earlier position (by id) valid.
alter table orders add column inserted_xid xid8 not null default '0';
alter table orders alter column inserted_xid set default pg_current_xact_id();
create index orders_inserted on orders (inserted_xid, id);
