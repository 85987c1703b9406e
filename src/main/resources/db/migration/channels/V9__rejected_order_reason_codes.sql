-- Why an order was rejected, as a message code and its arguments for the console to translate. Rows rejected before
-- keep their text in reason (read as channels.LEGACY_TEXT); new rows leave it empty.
alter table rejected_orders
    add column reason_code text,
    add column reason_args jsonb,
    alter column reason drop not null,
    add constraint rejected_orders_reason check (reason is not null or reason_code is not null);
