-- Warnings and refund checks carry a message (code + arguments) instead of a "中文 / English" text.
-- A warning's detail and resolution: new rows write the code and arguments and leave the text columns empty; rows
-- written before keep their text and read as orders.LEGACY_TEXT.
alter table warnings
    add column detail_code     text,
    add column detail_args     jsonb,
    add column resolution_code text,
    add column resolution_args jsonb,
    alter column detail drop not null;

-- A refund's checks: a check's text stored before becomes the argument of orders.LEGACY_TEXT; the "—" of a passed
-- check becomes no detail.
update refunds set decision = (
    select jsonb_agg(case
        when r -> 'detail' = '"—"'::jsonb then r - 'detail'
        when jsonb_typeof(r -> 'detail') = 'string' then jsonb_set(r, '{detail}', jsonb_build_object(
            'code', 'orders.LEGACY_TEXT', 'args', jsonb_build_object('text', r -> 'detail')))
        else r end order by i)
    from jsonb_array_elements(decision) with ordinality as e(r, i))
where jsonb_typeof(decision) = 'array' and decision <> '[]'::jsonb;
