-- The transactional outbox of stock pushes: one row per channel × SKU holding the latest available-to-sell to push
-- (pushes are coalesced: only the newest value matters) with a sequence that only grows, so a repeated or late push
-- is harmless on the marketplace side.
create sequence push_sequence;

create table stock_sync (
    channel_code    varchar(32) not null,
    sku_code        varchar(64) not null,
    quantity        int         not null check (quantity >= 0),
    sequence        bigint      not null,
    pushed_sequence bigint      not null default 0,
    changed_at      timestamptz not null default now(),
    pushed_at       timestamptz,
    attempts        int         not null default 0,
    next_attempt_at timestamptz not null default now(),
    last_error      varchar(500),
    primary key (channel_code, sku_code)
);

create index stock_sync_due on stock_sync (channel_code, next_attempt_at) where sequence > pushed_sequence;
