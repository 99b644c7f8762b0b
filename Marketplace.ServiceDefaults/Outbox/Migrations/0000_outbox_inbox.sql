-- The transactional outbox and the idempotent-consumer inbox (ARCHITECTURE §3), in every service's database.

create table if not exists outbox_messages (
    sequence      bigint generated always as identity primary key,
    message_id    uuid        not null unique,
    message_type  text        not null,
    payload       jsonb       not null,
    trace_parent  text,
    trace_state   text,
    created_at    timestamptz not null default now(),
    published_at  timestamptz,
    attempts      int         not null default 0,
    last_error    text
);

-- The relay reads only what is unpublished, in order.
create index if not exists ix_outbox_messages_unpublished on outbox_messages (sequence) where published_at is null;

create table if not exists inbox_messages (
    message_id   uuid        not null,
    consumer     text        not null,
    received_at  timestamptz not null default now(),
    primary key (message_id, consumer)
);
