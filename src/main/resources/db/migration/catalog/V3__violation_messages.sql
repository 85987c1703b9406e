-- Violations say what is wrong as a message code plus arguments ({"code", "args"}) instead of a Chinese and an English
-- text. Violations stored before keep their text, shown as it was ("中文 / English"), until the listing is evaluated
-- again (any change to the listing, its product, its category or its channel's rules).
update catalog.listings l
set violations = (select jsonb_agg(
                                 jsonb_build_object(
                                         'code', v -> 'code',
                                         'severity', v -> 'severity',
                                         'field', v -> 'field',
                                         'message', jsonb_build_object(
                                                 'code', 'catalog.LEGACY_TEXT',
                                                 'args', jsonb_build_object(
                                                         'text', concat_ws(' / ', v ->> 'messageZh', v ->> 'messageEn'))))
                                 order by position)
                  from jsonb_array_elements(l.violations) with ordinality as old(v, position))
where jsonb_path_exists(l.violations, '$[*].messageZh');
