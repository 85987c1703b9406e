create table users (
    id            bigserial primary key,
    username      varchar(64)  not null unique,
    display_name  varchar(100) not null,
    password_hash varchar(200) not null,
    roles         text[]       not null,
    enabled       boolean      not null default true,
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now()
);

create table api_tokens (
    id           bigserial primary key,
    name         varchar(100) not null,
    role         varchar(32)  not null,
    token_prefix varchar(16)  not null,
    token_hash   char(64)     not null unique,
    created_by   varchar(100) not null,
    created_at   timestamptz  not null default now(),
    last_used_at timestamptz,
    revoked_at   timestamptz
);

create table audit_log (
    id          bigserial primary key,
    at          timestamptz  not null default now(),
    actor       varchar(120) not null,
    action      varchar(32)  not null,
    entity_type varchar(64)  not null,
    entity_id   varchar(100) not null,
    summary     varchar(500),
    before      jsonb,
    after       jsonb
);

create index audit_log_entity on audit_log (entity_type, entity_id, at desc);
create index audit_log_at on audit_log (at desc);
create index audit_log_actor on audit_log (actor, at desc);
