-- The honest sync lag (issue 10): measured per channel × SKU from the first stock change not yet acknowledged by the
-- marketplace, which later changes must not move. changed_at (the latest change) cannot show that.
--   pending_since           the first change not yet acknowledged; null when the marketplace holds the latest value
--   changed_after_claim_at  the first change after the push in flight (leased_sequence, V8) was leased: it is not
--                           covered by that push, so it becomes pending_since when the push is acknowledged
alter table stock_sync add column pending_since timestamptz;
alter table stock_sync add column changed_after_claim_at timestamptz;

update stock_sync set pending_since = changed_at where sequence > pushed_sequence;
