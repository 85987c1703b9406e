-- A ledger line's reason is a message (code + arguments): a person's text is inventory.REASON_TEXT, the system's
-- reasons have their own codes (inventory.REASON_ORDER_RESERVED {orderNo}, ...). New lines leave the text column empty;
-- lines written before keep their text and read as inventory.LEGACY_TEXT (the ledger is append-only: nothing is
-- rewritten).
alter table stock_ledger
    add column reason_code text,
    add column reason_args jsonb,
    alter column reason drop not null;
