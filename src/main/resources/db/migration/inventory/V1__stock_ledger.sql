create table warehouses (
    id         bigserial primary key,
    code       varchar(32)  not null unique,
    name       varchar(100) not null,
    province   varchar(50)  not null,
    priority   int          not null default 100,
    active     boolean      not null default true,
    created_at timestamptz  not null default now()
);

-- Stock per SKU × warehouse. Available = on_hand − reserved is never negative: the constraints are the last line
-- behind the conditional updates of the application.
create table stock (
    sku_code     varchar(64) not null,
    warehouse_id bigint      not null references warehouses (id),
    on_hand      int         not null default 0,
    reserved     int         not null default 0,
    updated_at   timestamptz not null default now(),
    primary key (sku_code, warehouse_id),
    constraint stock_on_hand_not_negative check (on_hand >= 0),
    constraint stock_reserved_within_on_hand check (reserved >= 0 and reserved <= on_hand)
);

create index stock_warehouse on stock (warehouse_id);

-- Every movement, append-only: on_hand and reserved of a stock row always equal the sums of its ledger deltas.
create table stock_ledger (
    id             bigserial primary key,
    sku_code       varchar(64)  not null,
    warehouse_id   bigint       not null references warehouses (id),
    movement       varchar(16)  not null,
    on_hand_delta  int          not null,
    reserved_delta int          not null,
    on_hand_after  int          not null,
    reserved_after int          not null,
    reason         varchar(200) not null,
    actor          varchar(120) not null,
    reference_type varchar(32),
    reference_id   varchar(100),
    at             timestamptz  not null default now()
);

create index stock_ledger_sku on stock_ledger (sku_code, warehouse_id, id desc);
create index stock_ledger_reference on stock_ledger (reference_type, reference_id);

create function forbid_ledger_change() returns trigger language plpgsql as
$$
begin
    raise exception 'the stock ledger is append-only';
end;
$$;

create trigger stock_ledger_append_only
    before update or delete on stock_ledger
    for each row execute function forbid_ledger_change();

-- How much of the shared pool each channel may promise: a buffer held back (percent of available) or a fixed quota.
create table channel_allocations (
    channel_code varchar(32)   primary key,
    mode         varchar(16)   not null check (mode in ('BUFFER_PERCENT', 'FIXED_QUOTA')),
    value        numeric(12, 2) not null check (value >= 0),
    updated_at   timestamptz   not null default now()
);
