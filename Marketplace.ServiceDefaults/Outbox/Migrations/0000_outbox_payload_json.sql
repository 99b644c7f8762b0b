-- An event payload is written once and read once, as text, by the relay: json keeps it as written and only checks
-- that it is JSON, where jsonb also builds its binary form. Large payloads (an imported posting carries its whole
-- description) are TOASTed, and lz4 compresses them several times faster than the default pglz (docs/adr/0045).
alter table outbox_messages alter column payload type json using payload::json;
alter table outbox_messages alter column payload set compression lz4;
