-- What the test consumer applies: one row per probe, counting how often it was applied.
create table if not exists probe_effects (
    event_id      uuid primary key,
    run_id        uuid not null,
    sequence      int  not null,
    applied_count int  not null
);
