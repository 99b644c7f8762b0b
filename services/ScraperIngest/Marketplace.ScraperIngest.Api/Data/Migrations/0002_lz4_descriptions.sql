-- Descriptions average 3 KB and are TOASTed; lz4 compresses them several times faster than the default pglz,
-- which made compression a large share of a bulk import's time (docs/adr/0045).
alter table external_postings alter column description set compression lz4;
