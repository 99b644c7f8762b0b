-- Job listings: the full model of issue 3, its lifecycle columns, the weighted full-text vector and the embedding.
create extension if not exists vector;
create extension if not exists cube;
create extension if not exists earthdistance;

create table job_listings (
    id                        uuid primary key,
    organization_id           uuid        not null,
    created_by                uuid        not null,
    title                     text        not null,
    description               text        not null,
    job_category              text        not null,
    trade                     text        not null,
    job_type                  text        not null,
    visibility                text        not null,
    -- [{"visibility": "network", "after_hours": 48}, ...], ascending; widens visibility over time since publish.
    visibility_cascade        jsonb,
    -- Copied from the creator's token: who "network" and "regional" visibility reach.
    network_ids               text[]      not null default '{}',
    region                    text,
    experience_level          text        not null,
    required_certifications   text[]      not null default '{}',
    preferred_certifications  text[]      not null default '{}',
    required_skills           text[]      not null default '{}',
    preferred_skills          text[]      not null default '{}',
    required_licenses         text[]      not null default '{}',
    manufacturer_experience   text[]      not null default '{}',
    equipment_types           text[]      not null default '{}',
    location_type             text        not null,
    address                   text,
    city                      text,
    state_province            text,
    country                   text,
    postal_code               text,
    latitude                  double precision,
    longitude                 double precision,
    travel_required           boolean     not null default false,
    travel_percentage         int,
    relocation_offered        boolean     not null default false,
    compensation_type         text,
    salary_min                numeric(12, 2),
    salary_max                numeric(12, 2),
    currency                  text,
    show_compensation         boolean     not null default true,
    schedule_type             text,
    hours_per_week            numeric(5, 1),
    shift                     text,
    start_date                date,
    end_date                  date,
    duration_weeks            int,
    urgency                   text        not null,
    application_deadline      timestamptz,
    positions_available       int         not null,
    positions_filled          int         not null default 0,
    featured                  boolean     not null default false,
    contact_name              text,
    contact_email             text,
    contact_phone             text,
    match_keywords            text[]      not null default '{}',
    view_count                int         not null default 0,
    application_count         int         not null default 0,
    shortlisted_count         int         not null default 0,
    status                    text        not null,
    close_reason              text,
    auto_renew                boolean     not null default false,
    renewal_days              int         not null default 30,
    published_at              timestamptz,
    expires_at                timestamptz,
    expiry_reminder_sent_at   timestamptz,
    filled_at                 timestamptz,
    closed_at                 timestamptz,
    created_at                timestamptz not null default now(),
    updated_at                timestamptz not null default now(),
    source_platform           text,
    source_url                text,
    external_posting_id       uuid unique,
    search_vector             tsvector generated always as (
        setweight(to_tsvector('english', title), 'A')
        || setweight(to_tsvector('english', description), 'B')
        || setweight(to_tsvector('english', coalesce(city, '')), 'C')) stored,
    embedding                 vector(256),
    constraint ck_positions check (positions_filled between 0 and positions_available),
    constraint ck_salary check (salary_min is null or salary_max is null or salary_min <= salary_max)
);

create index ix_job_listings_search_vector on job_listings using gin (search_vector);
create index ix_job_listings_embedding on job_listings using hnsw (embedding vector_cosine_ops);
create index ix_job_listings_earth on job_listings using gist (ll_to_earth(latitude, longitude)) where latitude is not null;
create index ix_job_listings_active_published on job_listings (published_at desc) where status = 'active';
create index ix_job_listings_organization on job_listings (organization_id, created_at desc);
create index ix_job_listings_expiry on job_listings (expires_at) where status in ('active', 'paused');

-- The visibility a listing has now: its cascade's latest step reached since publish, frozen when it was filled.
-- Computed in the query (never by a cron), so every read path sees the same answer at the same moment.
create function listing_effective_visibility(base text, cascade jsonb, published_at timestamptz, filled_at timestamptz)
returns text
language sql stable parallel safe
as $$
    select case
        when cascade is null or published_at is null then base
        else coalesce((
            select step ->> 'visibility'
            from jsonb_array_elements(cascade) as step
            where published_at + make_interval(secs => (step ->> 'after_hours')::double precision * 3600)
                  <= coalesce(filled_at, now())
            order by (step ->> 'after_hours')::double precision desc
            limit 1), base)
    end
$$;

create table job_views (
    listing_id  uuid        not null references job_listings (id) on delete cascade,
    viewer_id   uuid,
    source      text        not null,
    viewed_at   timestamptz not null default now()
);

create index ix_job_views_listing on job_views (listing_id, viewed_at);

-- Screening questions, managed by the owner and published with the listing (JobListingSnapshot.ScreeningQuestions).
create table screening_questions (
    id              uuid primary key,
    listing_id      uuid        not null references job_listings (id) on delete cascade,
    text            text        not null,
    question_type   text        not null,
    required        boolean     not null default true,
    sort_order      int         not null,
    options         text[],
    knockout_answer text,
    created_at      timestamptz not null default now()
);

create index ix_screening_questions_listing on screening_questions (listing_id, sort_order);
