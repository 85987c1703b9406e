-- After-sales (F4.7): return and exchange requests with reasons, their receipt back into stock, and refunds — fast
-- (decided by policy before the parcel is back) or approved by a person.
create table returns (
    id                bigserial primary key,
    return_no         varchar(40)  not null unique,
    order_id          bigint       not null references orders (id) on delete cascade,
    type              varchar(16)  not null check (type in ('RETURN', 'EXCHANGE', 'REFUND_ONLY')),
    status            varchar(16)  not null,
    reason_code       varchar(24)  not null,
    reason_note       varchar(500),
    resellable        boolean,
    restock_warehouse varchar(32),
    requested_at      timestamptz  not null default now(),
    approved_at       timestamptz,
    received_at       timestamptz,
    closed_at         timestamptz,
    version           int          not null default 0
);

create index returns_order on returns (order_id);
create index returns_status on returns (status, requested_at);

create table return_lines (
    return_id bigint         not null references returns (id) on delete cascade,
    sku_code  varchar(64)    not null,
    quantity  int            not null check (quantity > 0),
    amount    numeric(12, 2) not null,
    primary key (return_id, sku_code)
);

create table refunds (
    id           bigserial primary key,
    refund_no    varchar(40)    not null unique,
    order_id     bigint         not null references orders (id) on delete cascade,
    return_id    bigint references returns (id),
    amount       numeric(12, 2) not null check (amount > 0),
    reason       varchar(500)   not null,
    status       varchar(16)    not null,
    fast         boolean        not null default false,
    decision     jsonb          not null default '[]',
    decided_by   varchar(120),
    requested_at timestamptz    not null default now(),
    refunded_at  timestamptz
);

create index refunds_order on refunds (order_id);
create index refunds_requested on refunds (requested_at);

-- The fast-refund policy, one row.
create table fast_refund_policy (
    id         int primary key check (id = 1),
    policy     jsonb        not null,
    updated_at timestamptz  not null default now(),
    updated_by varchar(120)
);
