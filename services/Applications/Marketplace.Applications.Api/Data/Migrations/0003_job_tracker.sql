-- The candidate's own tracker of jobs anywhere (issue 10), private to its owner.
create table tracked_jobs (
    id                  uuid primary key,
    owner_user_id       uuid        not null,
    company             text        not null,
    title               text        not null,
    url                 text,
    location            text,
    salary_text         text,
    source              text,
    channel             text,
    status              text        not null,
    closed_reason       text,
    follow_up_count     int         not null default 0,
    last_follow_up_at   timestamptz,
    last_activity_at    timestamptz not null default now(),
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now()
);

create index ix_tracked_jobs_owner on tracked_jobs (owner_user_id, last_activity_at desc);
create index ix_tracked_jobs_company on tracked_jobs (owner_user_id, lower(company) text_pattern_ops);

create table tracked_job_notes (
    id             uuid primary key,
    tracked_job_id uuid        not null references tracked_jobs (id) on delete cascade,
    body           text        not null,
    created_at     timestamptz not null default now()
);

create index ix_tracked_job_notes on tracked_job_notes (tracked_job_id, created_at);

create table tracked_interview_stages (
    id             uuid primary key,
    tracked_job_id uuid        not null references tracked_jobs (id) on delete cascade,
    name           text        not null,
    stage_date     timestamptz,
    outcome        text        not null default 'pending',
    notes          text,
    debrief        jsonb,
    created_at     timestamptz not null default now()
);

create index ix_tracked_interview_stages on tracked_interview_stages (tracked_job_id, stage_date);

create table tracked_contacts (
    id             uuid primary key,
    stage_id       uuid        not null references tracked_interview_stages (id) on delete cascade,
    name           text        not null,
    role           text,
    email          text,
    phone          text,
    linkedin_url   text,
    created_at     timestamptz not null default now()
);

create index ix_tracked_contacts_stage on tracked_contacts (stage_id);
