-- Emergency-Dispatch (issue #12): technicians on call, emergency jobs, who was told in which wave and why,
-- who answered, and the waves themselves. Distances for the public "near me" list use earthdistance.
create extension if not exists cube;
create extension if not exists earthdistance;

create table technician_availability (
    user_id uuid primary key,
    organization_id uuid null,
    region text null,
    available_for_emergency boolean not null default false,
    available_for_temp boolean not null default false,
    available_for_subcontract boolean not null default false,
    available_days text[] not null default '{}',
    available_hours_start time null,
    available_hours_end time null,
    timezone text not null,
    service_radius_miles double precision not null,
    home_latitude double precision not null,
    home_longitude double precision not null,
    postal_code text null,
    willing_to_travel boolean not null default false,
    min_hourly_rate numeric(12, 2) null,
    min_daily_rate numeric(12, 2) null,
    currency text not null default 'USD',
    trades text[] not null default '{}',
    skills text[] not null default '{}',
    certifications jsonb not null default '[]',
    equipment_experience text[] not null default '{}',
    manufacturers text[] not null default '{}',
    notify_emergency boolean not null default true,
    notify_temp boolean not null default true,
    notify_subcontract boolean not null default true,
    notification_method text not null default 'push',
    is_active boolean not null default true,
    -- Fair rotation and reliability (updated as notices go out and answers come in).
    last_notified_at timestamptz null,
    notifications_received integer not null default 0,
    responses_count integer not null default 0,
    total_response_seconds double precision not null default 0,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);

create table emergency_jobs (
    id uuid primary key,
    organization_id uuid not null,
    posted_by uuid not null,
    title text not null,
    description text null,
    job_category text not null,
    site_name text null,
    address text null,
    city text null,
    state_province text null,
    country text null,
    postal_code text null,
    latitude double precision not null,
    longitude double precision not null,
    region text null,
    date_needed date not null,
    time_start time null,
    time_end time null,
    estimated_hours numeric(6, 2) null,
    required_skills text[] not null default '{}',
    required_certifications text[] not null default '{}',
    equipment_context text null,
    pay_rate numeric(12, 2) not null,
    pay_type text not null,
    currency text not null,
    overtime_rate numeric(12, 2) null,
    broadcast_radius_miles double precision not null,
    visibility text not null,
    first_accept boolean not null default false,
    -- Tiered escalation: null wave size means everyone qualified in the first wave.
    first_wave_size integer null,
    max_radius_miles double precision not null,
    current_wave integer not null default 0,
    current_radius_miles double precision not null default 0,
    next_wave_at timestamptz null,
    status text not null default 'open',
    posted_at timestamptz not null,
    expires_at timestamptz not null,
    notifications_sent integer not null default 0,
    responses_count integer not null default 0,
    first_response_at timestamptz null,
    assigned_technician_id uuid null,
    filled_at timestamptz null,
    cancelled_at timestamptz null,
    cancel_reason text null,
    expired_at timestamptz null
);

create index emergency_jobs_open_expiry on emergency_jobs (expires_at) where status = 'open';
create index emergency_jobs_open_waves on emergency_jobs (next_wave_at) where status = 'open' and next_wave_at is not null;
create index emergency_jobs_organization on emergency_jobs (organization_id, posted_at desc);

-- One notice per job and technician: the primary key is what makes notify-once hold under retries and replicas.
create table emergency_job_notifications (
    job_id uuid not null references emergency_jobs (id),
    technician_user_id uuid not null,
    wave integer not null,
    rank integer not null,
    distance_miles double precision not null,
    channel text not null,
    reason text not null,
    notified_at timestamptz not null,
    primary key (job_id, technician_user_id)
);

create table emergency_job_responses (
    job_id uuid not null references emergency_jobs (id),
    technician_user_id uuid not null,
    available boolean not null,
    eta_minutes integer null,
    message text null,
    responded_at timestamptz not null,
    response_seconds double precision not null,
    primary key (job_id, technician_user_id)
);

create table emergency_job_waves (
    job_id uuid not null references emergency_jobs (id),
    wave integer not null,
    radius_miles double precision not null,
    size_limit integer null,
    notified_count integer not null,
    started_at timestamptz not null,
    primary key (job_id, wave)
);
