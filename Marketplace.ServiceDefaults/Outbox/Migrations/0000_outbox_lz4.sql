-- Event payloads are written once and read once by the relay; large ones (an imported posting carries its whole
-- description) are TOASTed. lz4 compresses them several times faster than the default pglz (docs/adr/0045).
alter table outbox_messages alter column payload set compression lz4;
