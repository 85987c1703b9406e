-- Orders a marketplace feed delivered that cannot be taken in (malformed, a negative amount, a time before 2000 or
-- more than a day ahead): kept with the reason instead of stopping the pull, once per channel and external id (the
-- latest delivery wins). Orders without an id are kept under a digest of their payload.
create table rejected_orders (
    id           bigserial primary key,
    channel_code varchar(32)  not null,
    external_id  varchar(100) not null,
    reason       varchar(1000) not null,
    payload      text         not null,
    rejected_at  timestamptz  not null default now(),
    unique (channel_code, external_id)
);

alter table pull_cursors add column rejected bigint not null default 0;
