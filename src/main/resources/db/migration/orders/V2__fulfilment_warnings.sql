-- Parcels (F4.4): one per warehouse an order was allocated to, or a replacement (reship) of an earlier one.
create table shipments (
    id                 bigserial primary key,
    shipment_no        varchar(40)  not null unique,
    order_id           bigint       not null references orders (id) on delete cascade,
    warehouse_code     varchar(32)  not null,
    status             varchar(16)  not null,
    carrier            varchar(16),
    tracking_no        varchar(64),
    replacement_of     bigint references shipments (id),
    reason             varchar(300),
    created_at         timestamptz  not null default now(),
    shipped_at         timestamptz,
    delivered_at       timestamptz,
    last_scan_at       timestamptz,
    last_scan_status   varchar(32),
    last_scan_location varchar(100),
    unique (carrier, tracking_no)
);

create index shipments_order on shipments (order_id);
create index shipments_in_transit on shipments (status, last_scan_at) where status in ('SHIPPED', 'IN_TRANSIT');

create table shipment_lines (
    shipment_id bigint      not null references shipments (id) on delete cascade,
    sku_code    varchar(64) not null,
    quantity    int         not null check (quantity > 0),
    primary key (shipment_id, sku_code)
);

-- Tracking scans (F4.5), from the channels' logistics feeds or the tracking API; once per carrier event id.
create table tracking_events (
    id          bigserial primary key,
    shipment_id bigint       not null references shipments (id) on delete cascade,
    event_key   varchar(120) not null unique,
    status      varchar(32)  not null,
    location    varchar(100),
    description varchar(300),
    occurred_at timestamptz  not null,
    received_at timestamptz  not null default now()
);

create index tracking_events_shipment on tracking_events (shipment_id, occurred_at);

-- How long a parcel may go without a scan before it counts as stalled, per carrier (F4.6).
create table carrier_settings (
    carrier             varchar(16) primary key,
    stall_after_minutes int         not null check (stall_after_minutes > 0)
);

insert into carrier_settings (carrier, stall_after_minutes) values
    ('SF', 1440), ('JD', 1440), ('ZTO', 2880), ('YTO', 2880), ('STO', 2880), ('YUNDA', 2880), ('EMS', 4320);

-- Abnormal-order warnings (F4.6): each is a task with an owner and a due time; at most one open per order, parcel
-- and type.
create table warnings (
    id          bigserial primary key,
    order_id    bigint       not null references orders (id) on delete cascade,
    shipment_id bigint references shipments (id) on delete cascade,
    type        varchar(24)  not null,
    status      varchar(16)  not null default 'OPEN',
    detail      varchar(500) not null,
    owner       varchar(120),
    due_at      timestamptz  not null,
    opened_at   timestamptz  not null default now(),
    resolved_at timestamptz,
    resolved_by varchar(120),
    resolution  varchar(500)
);

create unique index warnings_one_open on warnings (order_id, coalesce(shipment_id, 0), type) where status = 'OPEN';
create index warnings_open on warnings (status, type, opened_at);

-- Which parcel took an allocation out of the warehouse; allocations without one are still reserved.
alter table order_allocations add column shipment_id bigint references shipments (id);
