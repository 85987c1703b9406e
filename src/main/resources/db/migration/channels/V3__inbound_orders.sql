-- Orders received from channels (signed webhooks now, marketplace pulls later), kept as received until the order
-- module takes them over. One row per channel and external order id: a repeated delivery is recognised.
create table inbound_orders (
    id           bigserial primary key,
    channel_code varchar(32)  not null,
    external_id  varchar(100) not null,
    payload      jsonb        not null,
    received_at  timestamptz  not null default now(),
    unique (channel_code, external_id)
);
