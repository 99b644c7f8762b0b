-- Contract and subcontract opportunities (issue 3) and the bids other organizations place on them.
create table contract_opportunities (
    id                uuid primary key,
    organization_id   uuid          not null,
    created_by        uuid          not null,
    title             text          not null,
    description       text          not null,
    -- The job category the work is for, and the trade it belongs to (for "industry" visibility, as listings).
    job_category      text          not null,
    trade             text          not null,
    contract_type     text          not null,
    visibility        text          not null,
    -- Copied from the creator's token: who "network" visibility reaches.
    network_ids       text[]        not null default '{}',
    region            text,
    state_province    text,
    city              text,
    budget_min        numeric(14, 2) not null,
    budget_max        numeric(14, 2) not null,
    currency          text          not null,
    bid_deadline      timestamptz   not null,
    status            text          not null default 'open',
    awarded_bid_id    uuid,
    published_at      timestamptz   not null default now(),
    awarded_at        timestamptz,
    constraint ck_contract_budget check (budget_min <= budget_max)
);

create index ix_contract_opportunities_open on contract_opportunities (published_at desc) where status = 'open';
create index ix_contract_opportunities_organization on contract_opportunities (organization_id, published_at desc);

create table contract_bids (
    id                      uuid primary key,
    opportunity_id          uuid          not null references contract_opportunities (id) on delete cascade,
    bidder_organization_id  uuid          not null,
    bidder_user_id          uuid          not null,
    amount                  numeric(14, 2) not null,
    currency                text          not null,
    message                 text,
    proposed_start          date,
    status                  text          not null default 'submitted',
    created_at              timestamptz   not null default now(),
    -- One bid per bidder organization; the API answers 409 on a second.
    constraint uq_contract_bids_bidder unique (opportunity_id, bidder_organization_id)
);
