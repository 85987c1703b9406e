-- Bulk imports of products from xlsx/csv files: one row per upload, with its progress and every error found.
create table catalog.import_jobs (
    id             bigserial primary key,
    file_name      varchar(255) not null,
    status         varchar(16)  not null,
    total_rows     int          not null default 0,
    processed_rows int          not null default 0,
    products       int          not null default 0,
    skus           int          not null default 0,
    errors         jsonb        not null default '[]',
    created_by     varchar(120) not null,
    created_at     timestamptz  not null default now(),
    finished_at    timestamptz
);

create index import_jobs_unfinished on catalog.import_jobs (status) where status in ('VALIDATING', 'IMPORTING');
