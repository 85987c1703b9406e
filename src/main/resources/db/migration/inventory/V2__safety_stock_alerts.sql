-- Safety stock per SKU: a fixed threshold, or one computed from demand (see SafetyStockPolicy). `threshold` is the
-- effective value the alerts compare with; computed thresholds are refreshed from the ledger.
create table safety_stock (
    sku_code       varchar(64)  primary key,
    mode           varchar(16)  not null check (mode in ('FIXED', 'COMPUTED')),
    fixed_quantity int          check (fixed_quantity >= 0),
    lead_time_days int          check (lead_time_days between 1 and 365),
    safety_factor  numeric(4, 2) check (safety_factor between 0 and 5),
    threshold      int          not null check (threshold >= 0),
    computed_at    timestamptz,
    updated_at     timestamptz  not null default now()
);

-- One alert per crossing below the threshold; it stays open (no repeats) until stock recovers, then a new crossing
-- raises a new alert.
create table stock_alerts (
    id                  bigserial primary key,
    sku_code            varchar(64) not null,
    threshold           int         not null,
    available_at_raise  int         not null,
    raised_at           timestamptz not null default now(),
    resolved_at         timestamptz,
    available_at_resolve int,
    acknowledged_by     varchar(120),
    acknowledged_at     timestamptz
);

create unique index stock_alerts_one_open_per_sku on stock_alerts (sku_code) where resolved_at is null;
create index stock_alerts_raised on stock_alerts (raised_at desc);
