-- The listing read model grows what applying needs (issue 10): visibility inputs, the deadline, the requirements the
-- interview questions are built from. Kept true by JobListingPublished/Updated/Closed/Expired.
alter table listings
    add column network_ids             text[]      not null default '{}',
    add column region                  text,
    add column trade                   text,
    add column required_skills         text[]      not null default '{}',
    add column required_certifications text[]      not null default '{}',
    add column manufacturer_experience text[]      not null default '{}',
    add column application_deadline    timestamptz,
    add column expires_at              timestamptz,
    add column positions_available     int         not null default 1,
    add column last_event_at           timestamptz;

-- Matching's profiles (CandidateProfileUpdated): the newest version per user, frozen into each application.
create table candidate_profiles (
    user_id    uuid primary key,
    version    bigint      not null,
    profile    jsonb       not null,
    updated_at timestamptz not null default now()
);

create table applications (
    id                 uuid primary key,
    job_id             uuid        not null references listings (listing_id),
    organization_id    uuid        not null,
    applicant_user_id  uuid        not null,
    status             text        not null,
    cover_letter       text,
    resume_document_id uuid,
    portfolio_url      text,
    -- Identity, shown to the employer only from shortlisting on (mutual interest).
    applicant_name     text,
    applicant_email    text,
    applicant_phone    text,
    snapshot           jsonb       not null,
    screening_answers  jsonb       not null default '[]',
    knockout           boolean     not null default false,
    rejection_reason   text,
    rejection_feedback text,
    viewed_at          timestamptz,
    shortlisted_at     timestamptz,
    applied_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    constraint uq_applications_job_applicant unique (job_id, applicant_user_id)
);

create index ix_applications_job on applications (job_id, status);
create index ix_applications_applicant on applications (applicant_user_id, applied_at desc);

create table application_status_history (
    id             bigint generated always as identity primary key,
    application_id uuid        not null references applications (id) on delete cascade,
    from_status    text,
    to_status      text        not null,
    actor_user_id  uuid,
    reason         text,
    changed_at     timestamptz not null default now()
);

create index ix_application_status_history on application_status_history (application_id, id);

-- Matching's ApplicationScored: the newest score per application (a re-score has a later occurred_at).
create table application_scores (
    application_id uuid primary key,
    score          numeric(6, 2) not null,
    matched_skills text[]        not null default '{}',
    missing_skills text[]        not null default '{}',
    scored_at      timestamptz   not null
);

create table interviews (
    id               uuid primary key,
    application_id   uuid        not null references applications (id) on delete cascade,
    interview_type   text        not null,
    scheduled_at     timestamptz not null,
    duration_minutes int         not null,
    location         text,
    interviewers     text[]      not null default '{}',
    status           text        not null,
    rating           int,
    feedback         jsonb,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now()
);

create index ix_interviews_application on interviews (application_id, scheduled_at);

create table offers (
    id                uuid primary key,
    application_id    uuid          not null references applications (id) on delete cascade,
    revision          int           not null default 1,
    position_title    text          not null,
    compensation_type text          not null,
    amount            numeric(12, 2) not null,
    currency          text          not null,
    start_date        date,
    benefits          text[]        not null default '{}',
    terms             text,
    expires_at        timestamptz,
    status            text          not null,
    response_reason   text,
    responded_at      timestamptz,
    created_at        timestamptz   not null default now(),
    updated_at        timestamptz   not null default now()
);

-- At most one open offer per application; a revision changes it in place.
create unique index uq_offers_open on offers (application_id) where status in ('extended', 'counter_requested');
create index ix_offers_expiry on offers (expires_at) where status in ('extended', 'counter_requested');
