-- Job alerts (issue 3): saved search criteria, a frequency and channels, matched by the background matcher.
create table job_alerts (
    id                     uuid primary key,
    user_id                uuid        not null,
    name                   text        not null,
    -- null = no filter on that criterion, as in the search.
    categories             text[],
    job_types              text[],
    experience_levels      text[],
    city                   text,
    state                  text,
    country                text,
    postal_code            text,
    near_lat               double precision,
    near_lng               double precision,
    radius_miles           double precision,
    remote_only            boolean     not null default false,
    min_salary             numeric(12, 2),
    skills                 text[],
    manufacturers          text[],
    frequency              text        not null check (frequency in ('instant', 'daily', 'weekly')),
    channels               text[]      not null check (cardinality(channels) > 0),
    active                 boolean     not null default true,
    -- The owner's visibility claims when the alert was last saved: the matcher runs without a request, and must
    -- never report a listing the owner could not open.
    owner_organization_id  uuid,
    owner_network_ids      text[]      not null default '{}',
    owner_region           text,
    owner_trades           text[]      not null default '{}',
    owner_verified         boolean     not null default false,
    last_run_at            timestamptz not null default now(),
    next_run_at            timestamptz not null,
    created_at             timestamptz not null default now(),
    updated_at             timestamptz not null default now()
);

create index ix_job_alerts_user on job_alerts (user_id, created_at);
create index ix_job_alerts_due on job_alerts (next_run_at) where active;

-- What each alert has reported: the key is what guarantees a listing is never reported twice by one alert.
create table job_alert_sent (
    alert_id    uuid        not null references job_alerts (id) on delete cascade,
    listing_id  uuid        not null references job_listings (id) on delete cascade,
    sent_at     timestamptz not null default now(),
    primary key (alert_id, listing_id)
);
