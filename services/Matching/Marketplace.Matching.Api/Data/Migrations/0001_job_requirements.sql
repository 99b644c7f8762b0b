-- Matching's read model of jobs: what a candidate is matched against. Filled from JobListingPublished.
create table if not exists job_requirements (
    listing_id              uuid        primary key,
    organization_id         uuid        not null,
    title                   text        not null,
    job_category            text        not null,
    job_type                text        not null,
    experience_level        text        not null,
    visibility              text        not null,
    city                    text,
    state_province          text,
    country                 text,
    latitude                double precision,
    longitude               double precision,
    required_skills         text[]      not null default '{}',
    preferred_skills        text[]      not null default '{}',
    required_certifications text[]      not null default '{}',
    manufacturer_experience text[]      not null default '{}',
    published_at            timestamptz,
    updated_at              timestamptz not null default now()
);
