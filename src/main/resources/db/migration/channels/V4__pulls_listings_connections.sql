-- Orders are kept in the normalised channel-order model; a channel reporting a change of an order (e.g. a
-- cancellation) updates the row and raises its revision.
alter table inbound_orders
    add column status     varchar(16) not null default 'PAID',
    add column revision   int         not null default 1,
    add column updated_at timestamptz not null default now();

-- Reviews pulled from channels, once per channel and external review id.
create table inbound_reviews (
    id                bigserial primary key,
    channel_code      varchar(32)  not null,
    external_id       varchar(100) not null,
    order_external_id varchar(100),
    sku_code          varchar(64)  not null,
    rating            smallint     not null check (rating between 1 and 5),
    content           text         not null,
    reviewed_at       timestamptz,
    received_at       timestamptz  not null default now(),
    unique (channel_code, external_id)
);

-- Where each channel's order and review feeds were last read. The cursor moves in the same transaction that stores
-- what was read, so a crash repeats at most one page, which the unique keys above absorb.
create table pull_cursors (
    channel_code   varchar(32)  not null,
    stream         varchar(16)  not null,
    cursor_value   varchar(200),
    last_pulled_at timestamptz,
    last_error     varchar(500),
    last_error_at  timestamptz,
    total          bigint       not null default 0,
    primary key (channel_code, stream)
);

-- The outbox of listing pushes (title, price, on sale or not), coalesced per channel and item like stock_sync.
create table listing_sync (
    channel_code    varchar(32)   not null,
    item_code       varchar(64)   not null,
    title           varchar(200)  not null,
    price           numeric(12, 2),
    on_sale         boolean       not null,
    sku_codes       text[]        not null default '{}',
    sequence        bigint        not null,
    pushed_sequence bigint        not null default 0,
    changed_at      timestamptz   not null default now(),
    pushed_at       timestamptz,
    attempts        int           not null default 0,
    next_attempt_at timestamptz   not null default now(),
    last_error      varchar(500),
    primary key (channel_code, item_code)
);

create index listing_sync_due on listing_sync (channel_code, next_attempt_at) where sequence > pushed_sequence;

-- Marketplace connections set up in the console. The app secret is stored AES-GCM encrypted with the key from the
-- environment (STOREOPS_CREDENTIALS_KEY), never in clear; connections configured in the environment are not here.
create table connections (
    channel_code          varchar(32)  primary key,
    shop                  varchar(64)  not null,
    base_url              varchar(500) not null default '',
    app_key               varchar(100) not null,
    secret_cipher         text         not null,
    secret_hint           varchar(8)   not null,
    rate_limit_per_second int          not null,
    timeout_ms            int          not null,
    version               int          not null default 0,
    updated_at            timestamptz  not null default now(),
    updated_by            varchar(100)
);
