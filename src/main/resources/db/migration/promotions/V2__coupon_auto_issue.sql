-- Auto-issue (下单返券): an active template with this flag issues one coupon to the buyer of every new order, within
-- its total and per-customer limit (a limit of 1 makes it a first-order coupon).
alter table coupon_templates add column auto_issue_on_order boolean not null default false;

-- How far the auto-issue job has read the orders (by order id); one row.
create table auto_issue_cursor (
    id            int    primary key check (id = 1),
    last_order_id bigint not null
);
