-- Hold reasons carry a message (code + arguments) instead of a "中文 / English" text; reasons stored before keep their
-- text as the argument of orders.LEGACY_TEXT.
update orders set hold_reasons = (
    select jsonb_agg(case
        when jsonb_typeof(r -> 'message') = 'string' then jsonb_set(r, '{message}', jsonb_build_object(
            'code', 'orders.LEGACY_TEXT', 'args', jsonb_build_object('text', r -> 'message')))
        else r end order by i)
    from jsonb_array_elements(hold_reasons) with ordinality as e(r, i))
where jsonb_typeof(hold_reasons) = 'array' and hold_reasons <> '[]'::jsonb;
