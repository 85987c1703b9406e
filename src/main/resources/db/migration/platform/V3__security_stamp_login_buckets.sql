-- Bumped whenever a user's roles, enabled flag or password change; a session remembers the stamp it logged in with
-- and ends at its next request once the stamp differs (checked against this table on every request, so also across
-- instances).
alter table users add column security_stamp bigint not null default 0;

-- One account per name ignoring case: `ADMIN` cannot be created next to `admin`; login looks names up by lower().
create unique index users_username_lower on users (lower(username));

-- Login attempt buckets (Bucket4j, select-for-update) shared by every instance on this database; id is a SHA-256 of
-- username × client address, state the serialised bucket, expires_at (epoch ms) when a full bucket may be dropped.
create table login_buckets (
    id         varchar(64) primary key,
    state      bytea,
    expires_at bigint
);

create index login_buckets_expires_at on login_buckets (expires_at);
