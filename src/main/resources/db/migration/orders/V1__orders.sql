-- Orders from every channel in one normalised model (F4.1). One row per channel and external order id: the same
-- order delivered twice, concurrently or after a crash, is stored once.
create sequence order_no_seq;

create table orders (
    id             bigserial primary key,
    order_no       varchar(32)   not null unique,
    channel_code   varchar(32)   not null,
    external_id    varchar(100)  not null,
    source         varchar(16)   not null,
    status         varchar(24)   not null,
    hold_reasons   jsonb         not null default '[]',
    buyer_nick     varchar(100),
    buyer_name     varchar(100),
    buyer_phone    varchar(32),
    province       varchar(50),
    city           varchar(50),
    district       varchar(50),
    address_detail varchar(300),
    items_amount   numeric(12, 2) not null,
    discount       numeric(12, 2) not null default 0,
    shipping_fee   numeric(12, 2) not null default 0,
    total          numeric(12, 2) not null,
    payment_method varchar(16),
    buyer_message  varchar(500),
    ordered_at     timestamptz   not null,
    paid_at        timestamptz,
    ship_by        timestamptz,
    merge_group    bigint,
    version        int           not null default 0,
    created_at     timestamptz   not null default now(),
    updated_at     timestamptz   not null default now(),
    unique (channel_code, external_id)
);

create index orders_status on orders (status, ordered_at);
create index orders_ordered_at on orders (ordered_at);
create index orders_phone on orders (buyer_phone, ordered_at);

create table order_lines (
    order_id   bigint         not null references orders (id) on delete cascade,
    line_no    int            not null,
    sku_code   varchar(64)    not null,
    item_code  varchar(64),
    title      varchar(200),
    quantity   int            not null check (quantity > 0),
    unit_price numeric(12, 2) not null,
    discount   numeric(12, 2) not null default 0,
    amount     numeric(12, 2) not null,
    primary key (order_id, line_no)
);

create index order_lines_sku on order_lines (sku_code);

-- Stock reserved for an order per SKU and warehouse (F4.3); released when the order is cancelled.
create table order_allocations (
    order_id       bigint      not null references orders (id) on delete cascade,
    sku_code       varchar(64) not null,
    warehouse_code varchar(32) not null,
    quantity       int         not null check (quantity > 0),
    primary key (order_id, sku_code, warehouse_code)
);

create index order_allocations_warehouse on order_allocations (warehouse_code);

-- The order timeline: every step with who did it and the details.
create table order_events (
    id       bigserial primary key,
    order_id bigint       not null references orders (id) on delete cascade,
    at       timestamptz  not null default now(),
    type     varchar(32)  not null,
    actor    varchar(120) not null,
    summary  varchar(500) not null,
    detail   jsonb
);

create index order_events_order on order_events (order_id, at);

-- Automatic review settings (F4.2), one row.
create table review_settings (
    id         int primary key check (id = 1),
    settings   jsonb        not null,
    updated_at timestamptz  not null default now(),
    updated_by varchar(120)
);

-- Buyers, phones and addresses whose orders are held for a person.
create table blacklist (
    id         bigserial primary key,
    kind       varchar(16)  not null check (kind in ('BUYER', 'PHONE', 'ADDRESS')),
    value      varchar(300) not null,
    reason     varchar(300),
    created_by varchar(120) not null,
    created_at timestamptz  not null default now(),
    unique (kind, value)
);

-- Warehouse routing (F4.3): for a buyer's province, warehouses in priority order with a shipping cost per parcel.
create table routing_rules (
    province       varchar(50)    not null,
    warehouse_code varchar(32)    not null,
    priority       int            not null,
    cost           numeric(10, 2) not null default 0,
    primary key (province, warehouse_code)
);
