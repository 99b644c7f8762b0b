-- Issue 13: the market pulse. Source facts (one row per posting, application, hire and emergency job, upserted on
-- their stable ids so a redelivery or a re-import changes nothing), and the daily aggregates rebuilt from them.

-- Every posting the market sees: marketplace listings and imported external postings. Pay is annualized
-- (Domain/PayNormalization); role and location are canonical (Reference/).
create table if not exists postings (
    posting_id    uuid        primary key,
    source        text        not null,          -- listing | external
    role_key      text        not null,
    role_title    text        not null,
    country       text        not null,
    state         text,
    city          text,
    pay_min       numeric,
    pay_max       numeric,
    pay_mid       numeric,
    skills        text[]      not null default '{}',
    published_at  timestamptz not null,
    opened_on     date        not null,
    closed_on     date,
    filled_at     timestamptz,
    content_at    timestamptz not null,
    updated_at    timestamptz not null default now()
);

create index if not exists ix_postings_opened on postings (opened_on);
create index if not exists ix_postings_closed on postings (closed_on) where closed_on is not null;
create index if not exists ix_postings_filled on postings (filled_at) where filled_at is not null;
create index if not exists ix_postings_cell on postings (role_key, country, state, city);

create table if not exists applications (
    application_id uuid        primary key,
    job_id         uuid        not null,
    submitted_at   timestamptz not null
);

create index if not exists ix_applications_job on applications (job_id, submitted_at);

create table if not exists hires (
    application_id uuid        primary key,
    job_id         uuid        not null,
    applied_at     timestamptz not null,
    hired_at       timestamptz not null
);

create index if not exists ix_hires_job on hires (job_id, hired_at);

create table if not exists emergency_jobs (
    job_id          uuid        primary key,
    role_key        text        not null,
    role_title      text        not null,
    country         text        not null,
    state           text,
    city            text,
    posted_at       timestamptz not null,
    resolved_at     timestamptz,
    filled          boolean,
    minutes_to_fill double precision
);

create index if not exists ix_emergency_jobs_resolved on emergency_jobs (resolved_at) where resolved_at is not null;

-- One row per day x role x place. role_key '*' is every role together; location_key is 'us', 'us-tx' or
-- 'us-tx-austin'. Figures from fewer than SmallCell.MinimumSamples postings are null (insufficient).
create table if not exists market_daily_stats (
    role_key                  text             not null,
    location_key              text             not null,
    day                       date             not null,
    role_title                text             not null,
    location_level            text             not null,
    location_name             text             not null,
    new_postings              int              not null,
    active_postings           int              not null,
    pay_samples               int              not null,
    salary_min_avg            numeric,
    salary_max_avg            numeric,
    pay_p25                   numeric,
    pay_median                numeric,
    pay_p75                   numeric,
    listings_active           int              not null,
    applications              int              not null,
    applications_per_posting  double precision,
    fills                     int              not null,
    median_days_to_fill       double precision,
    emergency_posted          int              not null,
    emergency_filled          int              not null,
    emergency_expired         int              not null,
    emergency_fill_rate       double precision,
    emergency_median_minutes_to_fill double precision,
    primary key (role_key, location_key, day)
);

create index if not exists ix_market_daily_stats_day on market_daily_stats (day);

-- The 10 skills most asked for by a cell's active postings that day (cells of at least the minimum size).
create table if not exists market_daily_skills (
    role_key     text not null,
    location_key text not null,
    day          date not null,
    skill        text not null,
    postings     int  not null,
    primary key (role_key, location_key, day, skill)
);

create index if not exists ix_market_daily_skills_day on market_daily_skills (day);
