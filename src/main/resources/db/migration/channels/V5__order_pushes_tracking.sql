-- The outbox of shipments and refunds to report to channels, written by the order module in the transaction that
-- ships or refunds. One row per channel, kind and key (our shipment or refund id, which the channel also takes as its
-- idempotency key): queuing the same shipment twice reports it once. A row is PENDING until the channel accepts it
-- (PUSHED) or refuses it for good or too often (FAILED, never retried).
create table order_pushes (
    id              bigserial    primary key,
    channel_code    varchar(32)  not null,
    kind            varchar(16)  not null check (kind in ('SHIPMENT', 'REFUND')),
    key             varchar(100) not null,
    payload         jsonb        not null,
    status          varchar(16)  not null default 'PENDING' check (status in ('PENDING', 'PUSHED', 'FAILED')),
    attempts        int          not null default 0,
    next_attempt_at timestamptz  not null default now(),
    last_error      varchar(500),
    created_at      timestamptz  not null default now(),
    pushed_at       timestamptz,
    unique (channel_code, kind, key)
);

create index order_pushes_due on order_pushes (channel_code, next_attempt_at) where status = 'PENDING';

-- Carrier tracking events pulled from channels, once per channel and external event id.
create table inbound_tracking (
    id                bigserial    primary key,
    channel_code      varchar(32)  not null,
    external_id       varchar(100) not null,
    tracking_no       varchar(64)  not null,
    carrier           varchar(32),
    order_external_id varchar(100),
    status            varchar(32)  not null,
    location          varchar(200),
    description       text,
    occurred_at       timestamptz,
    received_at       timestamptz  not null default now(),
    unique (channel_code, external_id)
);

create index inbound_tracking_parcel on inbound_tracking (channel_code, tracking_no, occurred_at);
