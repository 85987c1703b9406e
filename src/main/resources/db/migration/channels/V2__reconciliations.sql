-- Each comparison of a marketplace's stock with ours: what was checked, what had drifted, what was queued again.
create table reconciliations (
    id          bigserial primary key,
    channel_code varchar(32) not null,
    started_at  timestamptz not null,
    finished_at timestamptz not null,
    checked     int         not null,
    drifted     int         not null,
    repaired    int         not null,
    examples    jsonb       not null default '[]'
);

create index reconciliations_channel on reconciliations (channel_code, id desc);
