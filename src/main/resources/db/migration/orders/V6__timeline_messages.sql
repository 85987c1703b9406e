-- Timeline entries carry a message (code + arguments) instead of a "中文 / English" text; the console translates it.
-- Entries written before keep their text in summary and are read as orders.LEGACY_TEXT {text}: they are not rewritten,
-- so the migration does not touch every row of a large table. New entries leave summary empty rather than keep a
-- second, English-only copy of their text: nothing searches it, and one source of a text is enough.
alter table order_events
    add column message_code text,
    add column message_args jsonb,
    alter column summary drop not null,
    add constraint order_events_summary_or_message check (summary is not null or message_code is not null);
