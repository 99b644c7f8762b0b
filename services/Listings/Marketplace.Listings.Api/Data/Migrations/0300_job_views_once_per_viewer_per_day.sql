-- A signed-in viewer counts once per listing per UTC day (issue #9, item 7).
alter table job_views add column viewed_on date not null default ((now() at time zone 'utc')::date);
update job_views set viewed_on = (viewed_at at time zone 'utc')::date;
delete from job_views v
using job_views w
where v.viewer_id is not null and v.listing_id = w.listing_id and v.viewer_id = w.viewer_id
  and v.viewed_on = w.viewed_on and v.ctid > w.ctid;
create unique index ux_job_views_viewer_day on job_views (listing_id, viewer_id, viewed_on) where viewer_id is not null;
