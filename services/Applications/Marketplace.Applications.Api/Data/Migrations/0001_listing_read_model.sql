-- Applications' local read model of listings (ARCHITECTURE §2): what a candidate applies to, without calling Listings.
create table if not exists listings (
    listing_id          uuid        primary key,
    organization_id     uuid        not null,
    title               text        not null,
    job_category        text        not null,
    job_type            text        not null,
    visibility          text        not null,
    status              text        not null,
    screening_questions jsonb       not null default '[]',
    published_at        timestamptz,
    updated_at          timestamptz not null default now()
);
