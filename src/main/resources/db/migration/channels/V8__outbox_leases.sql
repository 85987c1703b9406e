-- A claimed outbox row is leased apart from its back-off (next_attempt_at). A change arriving while a push is in flight
-- makes the row due again at once, but no other instance (nor the next tick) may claim it until the push in flight is
-- recorded — which releases only the lease of the sequence it pushed — or its lease ends (a crashed instance).
alter table stock_sync add column leased_until timestamptz, add column leased_sequence bigint;
alter table listing_sync add column leased_until timestamptz, add column leased_sequence bigint;
