-- Scraper-Ingest (issue 4): API keys, the role-based scrape queue, sessions, import batches and the
-- external postings with their provenance.

create table scraper_keys (
    id             uuid        primary key,
    name           text        not null,
    -- SHA-256 of the plaintext key; the plaintext is shown once and never stored.
    key_hash       bytea       not null unique,
    active         boolean     not null default true,
    created_at     timestamptz not null default now(),
    revoked_at     timestamptz,
    last_used_at   timestamptz,
    request_count  bigint      not null default 0
);

create table scrape_roles (
    id                    uuid        primary key,
    name                  text        not null,
    aliases               text[]      not null default '{}',
    category              text,
    soc_code              text,
    matching_role_id      uuid,
    candidate_count       int         not null default 0,
    -- The OccurredAt of the Matching event the count came from: an older event never overwrites a newer count.
    candidate_count_as_of timestamptz,
    queue_status          text        not null default 'pending' check (queue_status in ('pending', 'processing', 'completed')),
    priority              text        not null default 'normal' check (priority in ('urgent', 'high', 'normal', 'low')),
    -- Claim order: urgent first. Generated so the claim query can use one index.
    priority_rank         smallint    generated always as (
                              case priority when 'urgent' then 0 when 'high' then 1 when 'normal' then 2 else 3 end) stored,
    last_scraped_at       timestamptz,
    total_jobs_scraped    bigint      not null default 0,
    created_at            timestamptz not null default now()
);

create unique index ux_scrape_roles_name on scrape_roles (lower(name));
create index ix_scrape_roles_claim on scrape_roles (priority_rank, candidate_count desc) where queue_status <> 'processing';

create table scrape_sessions (
    id              uuid        primary key,
    role_id         uuid        not null references scrape_roles (id),
    scraper_key_id  uuid        not null references scraper_keys (id),
    status          text        not null default 'processing' check (status in ('processing', 'completed', 'failed', 'timeout')),
    started_at      timestamptz not null default now(),
    expires_at      timestamptz not null,
    finished_at     timestamptz,
    jobs_found      int,
    jobs_imported   int,
    jobs_updated    int,
    jobs_skipped    int,
    jobs_failed     int,
    error_message   text
);

create index ix_scrape_sessions_open on scrape_sessions (expires_at) where status = 'processing';

create table import_batches (
    id              uuid        primary key,
    source          text        not null check (source in ('scraper', 'upload')),
    scraper_key_id  uuid        references scraper_keys (id),
    session_id      uuid        references scrape_sessions (id),
    uploaded_by     uuid,
    file_name       text,
    status          text        not null check (status in ('completed', 'completed_with_errors', 'failed')),
    total           int         not null,
    new_count       int         not null,
    updated_count   int         not null,
    skipped_count   int         not null,
    failed_count    int         not null,
    errors          jsonb       not null default '[]',
    created_at      timestamptz not null default now()
);

create table external_postings (
    id                    uuid        primary key,
    -- "platform:external id", or "url:normalized url" where the platform's ids are unstable.
    dedup_key             text        not null unique,
    platform              text        not null,
    external_id           text,
    url                   text        not null,
    url_direct            text,
    title                 text        not null,
    company               text,
    company_url           text,
    company_industry      text,
    description           text,
    location_text         text,
    city                  text,
    state_province        text,
    country               text,
    latitude              double precision,
    longitude             double precision,
    is_remote             boolean     not null default false,
    job_type              text,
    job_level             text,
    job_function          text,
    salary_min            numeric(12, 2),
    salary_max            numeric(12, 2),
    salary_interval       text,
    currency              text,
    annual_salary_min     numeric(12, 2),
    annual_salary_max     numeric(12, 2),
    experience_years_min  int,
    skills                text[]      not null default '{}',
    date_posted           timestamptz,
    -- Change detection: SHA-256 of the normalized stored content; an unchanged re-post is skipped.
    content_hash          bytea       not null,
    -- Provenance: the raw row as received (hash only; the raw row may carry e-mail addresses) and who brought it.
    payload_hash          bytea       not null,
    scraper_key_id        uuid        references scraper_keys (id),
    session_id            uuid        references scrape_sessions (id),
    batch_id              uuid        not null references import_batches (id),
    role_id               uuid        references scrape_roles (id),
    first_seen_at         timestamptz not null,
    last_seen_at          timestamptz not null,
    updated_at            timestamptz not null
);

create index ix_external_postings_role on external_postings (role_id);

-- Which role's scrape found which posting (a posting can be found for several roles).
create table role_postings (
    role_id     uuid        not null references scrape_roles (id),
    posting_id  uuid        not null references external_postings (id),
    session_id  uuid        references scrape_sessions (id),
    found_at    timestamptz not null default now(),
    primary key (role_id, posting_id)
);
