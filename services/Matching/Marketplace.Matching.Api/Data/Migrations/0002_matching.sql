-- Issue 11: profiles and recruiters' candidates, jobs with their vectors, the match cache, runs, notices sent,
-- application scores, and canonical roles with candidate links.
create extension if not exists vector;

alter table job_requirements
    add column if not exists description        text        not null default '',
    add column if not exists location_type      text        not null default 'on_site',
    add column if not exists compensation_type  text,
    add column if not exists salary_min         numeric,
    add column if not exists salary_max         numeric,
    add column if not exists experience_years_min int,
    add column if not exists network_ids        text[]      not null default '{}',
    add column if not exists region             text,
    add column if not exists is_external        boolean     not null default false,
    add column if not exists role_id            uuid,
    add column if not exists status             text        not null default 'active',
    add column if not exists matching_status    text        not null default 'pending',
    add column if not exists embedding          vector(384),
    add column if not exists embedding_model    text;
create index if not exists ix_job_requirements_active on job_requirements (status) where status = 'active';

-- A job seeker's own profile (user_id set, organization_id their tenant if any) or a recruiter's candidate
-- (organization_id set, user_id null). E-mail and phone are only ever read by the owning tenant.
create table if not exists candidate_profiles (
    id                     uuid        primary key,
    user_id                uuid        unique,
    organization_id        uuid,
    kind                   text        not null,
    first_name             text,
    last_name              text,
    email                  text,
    phone                  text,
    current_title          text,
    summary                text,
    skills                 text[]      not null default '{}',
    certifications         jsonb       not null default '[]',
    licenses               text[]      not null default '{}',
    manufacturers          text[]      not null default '{}',
    equipment              text[]      not null default '{}',
    years_experience       numeric,
    city                   text,
    state_province         text,
    country                text,
    postal_code            text,
    latitude               double precision,
    longitude              double precision,
    service_radius_miles   int,
    willing_to_travel      boolean     not null default false,
    willing_to_relocate    boolean     not null default false,
    pay_min                numeric,
    pay_max                numeric,
    pay_type               text,
    pay_text               text,
    preferred_roles        text[]      not null default '{}',
    preferred_locations    text[]      not null default '{}',
    job_types              text[]      not null default '{}',
    discoverable           boolean     not null default false,
    status                 text        not null default 'approved',
    notification_channel   text        not null default 'email',
    version                bigint      not null default 1,
    embedding              vector(384),
    embedding_model        text,
    needs_match            boolean     not null default true,
    created_at             timestamptz not null default now(),
    updated_at             timestamptz not null default now()
);
create index if not exists ix_candidate_profiles_org on candidate_profiles (organization_id, created_at desc);
create index if not exists ix_candidate_profiles_stale on candidate_profiles (id) where needs_match;

-- The match cache: one row per (candidate, job), recomputed when either side changes.
create table if not exists matches (
    candidate_id     uuid        not null references candidate_profiles (id) on delete cascade,
    job_id           uuid        not null,
    score            numeric(5,1) not null,
    components       jsonb       not null,
    matched_skills   text[]      not null default '{}',
    missing_skills   text[]      not null default '{}',
    reasons          text[]      not null default '{}',
    concerns         text[]      not null default '{}',
    recommendations  text[]      not null default '{}',
    is_recommended   boolean     not null,
    status           text        not null default 'suggested',
    computed_at      timestamptz not null default now(),
    primary key (candidate_id, job_id)
);
create index if not exists ix_matches_job on matches (job_id, score desc);
create index if not exists ix_matches_candidate on matches (candidate_id, score desc);

-- What was announced once per (candidate, job): CandidateRecommended and the person's notice.
create table if not exists match_notices (
    candidate_id uuid        not null,
    job_id       uuid        not null,
    sent_at      timestamptz not null default now(),
    primary key (candidate_id, job_id)
);

create table if not exists matching_runs (
    id                 uuid        primary key,
    job_id             uuid,
    candidate_id       uuid,
    trigger            text        not null,
    status             text        not null,
    candidates_scored  int         not null default 0,
    recommended_count  int         not null default 0,
    started_at         timestamptz not null default now(),
    finished_at        timestamptz
);
create index if not exists ix_matching_runs_job on matching_runs (job_id, started_at desc);

create table if not exists application_scores (
    application_id    uuid        primary key,
    job_id            uuid        not null,
    applicant_user_id uuid        not null,
    score             numeric(5,1) not null,
    components        jsonb       not null,
    scored_at         timestamptz not null default now()
);

-- Canonical roles: O*NET occupations (soc_code set) and roles created from free text or by admins.
create table if not exists roles (
    id          uuid        primary key,
    soc_code    text        unique,
    name        text        not null,
    description text,
    category    text,
    source      text        not null,
    created_at  timestamptz not null default now()
);
create unique index if not exists ux_roles_custom_name on roles (lower(name)) where soc_code is null;

create table if not exists candidate_roles (
    candidate_id uuid        not null references candidate_profiles (id) on delete cascade,
    role_id      uuid        not null references roles (id),
    title        text        not null,
    score        numeric(5,3) not null,
    linked_at    timestamptz not null default now(),
    primary key (candidate_id, role_id)
);
create index if not exists ix_candidate_roles_role on candidate_roles (role_id);
