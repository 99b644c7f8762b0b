-- Listings counted by the day (UTC) they were published. One row per listing: a listing is counted once even
-- if its event arrives twice under different message ids.
create table if not exists listing_publications (
    listing_id      uuid        primary key,
    organization_id uuid        not null,
    job_category    text        not null,
    job_type        text        not null,
    state_province  text,
    published_on    date        not null,
    recorded_at     timestamptz not null default now()
);

create index if not exists ix_listing_publications_day on listing_publications (published_on, job_category);
