-- SKUs whose stock changed and whose channel values are not yet in the stock_sync outbox. A stock transaction only
-- marks the SKU here (one small row, written in the same transaction, so nothing is lost in a crash); the dispatcher
-- then computes every channel's available-to-sell and writes stock_sync outside the stock row locks.
create table stock_changes (
    sku_code   varchar(64) primary key,
    changed_at timestamptz not null default now()
);
