-- Emergency-Dispatch: the five visibility tiers of ARCHITECTURE §4, and the equipment match in the ranking.
-- A broadcast has no token for the technicians it qualifies, so their claims are captured on the availability
-- profile when they PUT it (organization and region already were; contractor networks and verification now), and a
-- job keeps its poster's contractor networks (as a listing does).
alter table technician_availability
    add column network_ids text[] not null default '{}',
    add column verified boolean not null default false;

alter table emergency_jobs
    add column network_ids text[] not null default '{}';

-- How many of the technician's manufacturers and equipment the job's equipment_context names (recorded with the
-- notice, so the owner's list of answers can put the best matched first).
alter table emergency_job_notifications
    add column equipment_match integer not null default 0;

-- Who may see an emergency job, the one definition used by the broadcast (viewer = the technician's stored profile)
-- and by every read path (viewer = the caller's token): the posting organization always; otherwise internal = same
-- organization, network = a shared contractor network, regional = same region, industry = the job's trade among the
-- viewer's trades, global = any verified user. A plain SQL expression, so the planner inlines it.
create function emergency_job_visible(
    visibility text, job_organization_id uuid, job_network_ids text[], job_region text, job_category text,
    viewer_organization_id uuid, viewer_network_ids text[], viewer_region text, viewer_trades text[], viewer_verified boolean)
returns boolean
language sql immutable
as $$
    select coalesce(job_organization_id = viewer_organization_id, false)
        or coalesce(case visibility
               when 'network' then job_network_ids && viewer_network_ids
               when 'regional' then lower(job_region) = lower(viewer_region)
               when 'industry' then job_category = any(viewer_trades)
               when 'global' then viewer_verified
               else false
           end, false)
$$;
