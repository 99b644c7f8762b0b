-- A posting's scraper key, session and role, and a role link's role and session, are copies of one scrape session's
-- values. One composite foreign key to that session now checks them together, and checks that they belong together;
-- a key per column cost a lookup per column for every row of a bulk import (docs/adr/0045). Uploads leave all three
-- null on a posting, which MATCH SIMPLE does not check; the posting's import batch is checked either way.
alter table scrape_sessions
    add constraint ux_scrape_sessions_provenance unique (id, role_id, scraper_key_id),
    add constraint ux_scrape_sessions_role unique (id, role_id);

alter table external_postings
    drop constraint external_postings_scraper_key_id_fkey,
    drop constraint external_postings_session_id_fkey,
    drop constraint external_postings_role_id_fkey,
    add constraint fk_external_postings_session_provenance
        foreign key (session_id, role_id, scraper_key_id) references scrape_sessions (id, role_id, scraper_key_id);

-- Links are only ever written by a scraper's session.
alter table role_postings
    alter column session_id set not null,
    drop constraint role_postings_role_id_fkey,
    drop constraint role_postings_session_id_fkey,
    add constraint fk_role_postings_session foreign key (session_id, role_id) references scrape_sessions (id, role_id);
