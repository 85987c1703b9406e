-- Promotions (F5.1): each row is one promotion of one type; its scope and its type's rule are JSON documents that the
-- application validates and maps onto the price engine's model.
create table campaigns (
    id          bigserial primary key,
    name        varchar(100)  not null,
    description varchar(1000),
    channels    text[]        not null default '{}',
    starts_at   timestamptz   not null,
    ends_at     timestamptz   not null check (ends_at > starts_at),
    status      varchar(20)   not null default 'PLANNING',
    approved_by varchar(64),
    approved_at timestamptz,
    created_by  varchar(64)   not null,
    created_at  timestamptz   not null default now(),
    updated_at  timestamptz   not null default now(),
    version     int           not null default 0
);

create index campaigns_window on campaigns (starts_at, ends_at);

create table campaign_tasks (
    id          bigserial primary key,
    campaign_id bigint       not null references campaigns (id) on delete cascade,
    kind        varchar(32)  not null,
    title       varchar(200) not null,
    owner       varchar(64),
    due_at      timestamptz,
    done        boolean      not null default false,
    done_by     varchar(64),
    done_at     timestamptz,
    note        varchar(1000),
    position    int          not null default 0
);

create index campaign_tasks_campaign on campaign_tasks (campaign_id, position, id);

create table campaign_expected (
    campaign_id    bigint      not null references campaigns (id) on delete cascade,
    sku_code       varchar(64) not null,
    expected_units int         not null check (expected_units >= 0),
    primary key (campaign_id, sku_code)
);

create table promotions (
    id              bigserial primary key,
    name            varchar(100) not null,
    type            varchar(32)  not null,
    status          varchar(16)  not null default 'DRAFT',
    scope           jsonb        not null,
    rule            jsonb        not null,
    starts_at       timestamptz  not null,
    ends_at         timestamptz  not null check (ends_at > starts_at),
    priority        int          not null default 0,
    exclusion_group varchar(32),
    campaign_id     bigint references campaigns (id),
    approved_version int,
    approved_by     varchar(64),
    approved_at     timestamptz,
    approval_note   varchar(500),
    created_by      varchar(64)  not null,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    version         int          not null default 0
);

create index promotions_window on promotions (status, starts_at, ends_at);
create index promotions_campaign on promotions (campaign_id);

-- Coupons (F5.1): a template is what the shop offers; a claim is one customer's coupon, redeemed at most once.
create table coupon_templates (
    id             bigserial primary key,
    name           varchar(100)  not null,
    kind           varchar(16)   not null,
    status         varchar(16)   not null default 'DRAFT',
    scope          jsonb         not null,
    threshold      numeric(12, 2) not null default 0 check (threshold >= 0),
    amount         numeric(12, 2) check (amount > 0),
    rate_bp        int check (rate_bp > 0 and rate_bp < 10000),
    cap            numeric(12, 2) check (cap > 0),
    valid_from     timestamptz,
    valid_until    timestamptz,
    valid_days     int check (valid_days > 0),
    total_quantity int           not null check (total_quantity > 0),
    per_user_limit int           not null default 1 check (per_user_limit > 0),
    issued         int           not null default 0,
    redeemed       int           not null default 0,
    created_by     varchar(64)   not null,
    created_at     timestamptz   not null default now(),
    updated_at     timestamptz   not null default now(),
    version        int           not null default 0,
    check (issued <= total_quantity),
    check ((amount is null) <> (rate_bp is null)),
    check ((valid_days is null) <> (valid_until is null))
);

create table coupon_claims (
    id          bigserial primary key,
    template_id bigint      not null references coupon_templates (id),
    customer_id varchar(64) not null,
    claimed_at  timestamptz not null default now(),
    valid_from  timestamptz not null,
    valid_until timestamptz not null,
    redeemed_at timestamptz,
    order_ref   varchar(64),
    source      varchar(16) not null
);

create index coupon_claims_customer on coupon_claims (customer_id, template_id);
create index coupon_claims_template on coupon_claims (template_id, claimed_at);

-- Price guardrails (F5.3): the minimum margin per category; SKUs of categories not listed use the default row ('*').
create table category_margins (
    category_code varchar(64)  primary key,
    min_margin    numeric(5, 4) not null check (min_margin >= 0 and min_margin < 10)
);

insert into category_margins (category_code, min_margin) values ('*', 0.05);
