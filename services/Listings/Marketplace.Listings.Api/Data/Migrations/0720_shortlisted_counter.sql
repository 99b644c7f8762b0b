-- Applications' ApplicationStatusChanged marks an application that reached the shortlist (or any later stage), so the
-- listing's shortlisted_count is recounted like application_count: redelivered or reordered events still count true.
alter table listing_applications add column shortlisted boolean not null default false;
