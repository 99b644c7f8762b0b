-- Applications' events kept per application (issue 10), so that the listing's counters are recounted rather than
-- incremented: a redelivered, duplicated or reordered event (a withdrawal before its submission) still counts true.
create table listing_applications (
    application_id uuid primary key,
    listing_id     uuid        not null,
    withdrawn      boolean     not null default false,
    recorded_at    timestamptz not null default now()
);

create index ix_listing_applications_listing on listing_applications (listing_id) where not withdrawn;

create table listing_hires (
    application_id uuid primary key,
    listing_id     uuid        not null,
    hired_at       timestamptz not null
);

create index ix_listing_hires_listing on listing_hires (listing_id);
