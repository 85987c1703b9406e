-- Notifications to deliver to the merchant's webhook (F11.2), written in the transaction of what they announce.
create table notification_outbox (
    id              bigserial primary key,
    topic           varchar(100) not null,
    payload         jsonb        not null,
    created_at      timestamptz  not null default now(),
    attempts        int          not null default 0,
    next_attempt_at timestamptz  not null default now(),
    delivered_at    timestamptz,
    last_error      varchar(500)
);

create index notification_outbox_due on notification_outbox (next_attempt_at) where delivered_at is null;
