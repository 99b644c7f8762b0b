-- A user's saved listings with their own notes.
create table saved_jobs (
    user_id     uuid        not null,
    listing_id  uuid        not null references job_listings (id) on delete cascade,
    notes       text,
    saved_at    timestamptz not null default now(),
    primary key (user_id, listing_id)
);

create index ix_saved_jobs_user on saved_jobs (user_id, saved_at desc);
