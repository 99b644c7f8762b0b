using Dapper;
using Marketplace.MarketAnalytics.Api.Domain;
using Npgsql;

namespace Marketplace.MarketAnalytics.Api.Data;

/// <summary>
/// The source facts the consumers record, each upserted on the source's stable id: a redelivered event, the same
/// listing under another event id or a re-import of the same external posting leaves one row, and the day it was
/// first seen (opened_on) never moves later.
/// </summary>
public sealed class MarketFactsStore
{
    private const string InsertPosting = """
        insert into postings (posting_id, source, role_key, role_title, country, state, city, pay_min, pay_max, pay_mid,
                              skills, published_at, opened_on, closed_on, filled_at, content_at)
        values (@PostingId, @Source, @RoleKey, @RoleTitle, @Country, @State, @City, @PayMin, @PayMax, @PayMid,
                @Skills, @PublishedAt, @OpenedOn, @ClosedOn,
                least(@FilledAt, (select min(h.hired_at) from hires h where h.job_id = @PostingId)), @ContentAt)
        on conflict (posting_id) do update set
            role_key   = case when excluded.content_at >= postings.content_at then excluded.role_key   else postings.role_key end,
            role_title = case when excluded.content_at >= postings.content_at then excluded.role_title else postings.role_title end,
            country    = case when excluded.content_at >= postings.content_at then excluded.country    else postings.country end,
            state      = case when excluded.content_at >= postings.content_at then excluded.state      else postings.state end,
            city       = case when excluded.content_at >= postings.content_at then excluded.city       else postings.city end,
            pay_min    = case when excluded.content_at >= postings.content_at then excluded.pay_min    else postings.pay_min end,
            pay_max    = case when excluded.content_at >= postings.content_at then excluded.pay_max    else postings.pay_max end,
            pay_mid    = case when excluded.content_at >= postings.content_at then excluded.pay_mid    else postings.pay_mid end,
            skills     = case when excluded.content_at >= postings.content_at then excluded.skills     else postings.skills end,
            content_at = greatest(postings.content_at, excluded.content_at),
            published_at = least(postings.published_at, excluded.published_at),
            opened_on  = least(postings.opened_on, excluded.opened_on),
            filled_at  = least(postings.filled_at, excluded.filled_at),
            updated_at = now(),
        """;

    /// <summary>A marketplace listing: the first close (closed, filled, expired) is the one that counts.</summary>
    public Task UpsertListingAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, PostingFact posting) =>
        connection.ExecuteAsync(InsertPosting + "    closed_on = least(postings.closed_on, excluded.closed_on)", Parameters(posting), transaction);

    /// <summary>An external posting: every sighting extends when it stops counting as active.</summary>
    public Task UpsertExternalAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, PostingFact posting) =>
        connection.ExecuteAsync(InsertPosting + "    closed_on = greatest(postings.closed_on, excluded.closed_on)", Parameters(posting), transaction);

    public Task AddApplicationAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid applicationId, Guid jobId, DateTimeOffset submittedAt) =>
        connection.ExecuteAsync("""
            insert into applications (application_id, job_id, submitted_at) values (@ApplicationId, @JobId, @SubmittedAt)
            on conflict (application_id) do nothing
            """, new { ApplicationId = applicationId, JobId = jobId, SubmittedAt = submittedAt }, transaction);

    /// <summary>A hire; the listing's time to fill runs to its first hire (or its close as filled, whichever is first).</summary>
    public async Task AddHireAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid applicationId, Guid jobId, DateTimeOffset appliedAt, DateTimeOffset hiredAt)
    {
        var parameters = new { ApplicationId = applicationId, JobId = jobId, AppliedAt = appliedAt, HiredAt = hiredAt };
        await connection.ExecuteAsync("""
            insert into hires (application_id, job_id, applied_at, hired_at) values (@ApplicationId, @JobId, @AppliedAt, @HiredAt)
            on conflict (application_id) do nothing
            """, parameters, transaction);
        await connection.ExecuteAsync("""
            update postings set filled_at = least(filled_at, @HiredAt), updated_at = now() where posting_id = @JobId
            """, parameters, transaction);
    }

    public Task UpsertEmergencyJobAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid jobId, CanonicalRole role, CanonicalLocation location,
        DateTimeOffset postedAt, DateTimeOffset? resolvedAt = null, bool? filled = null, double? minutesToFill = null) =>
        connection.ExecuteAsync("""
            insert into emergency_jobs (job_id, role_key, role_title, country, state, city, posted_at, resolved_at, filled, minutes_to_fill)
            values (@JobId, @RoleKey, @RoleTitle, @Country, @State, @City, @PostedAt, @ResolvedAt, @Filled, @MinutesToFill)
            on conflict (job_id) do update set
                resolved_at     = coalesce(emergency_jobs.resolved_at, excluded.resolved_at),
                filled          = coalesce(emergency_jobs.filled, excluded.filled),
                minutes_to_fill = coalesce(emergency_jobs.minutes_to_fill, excluded.minutes_to_fill)
            """,
            new
            {
                JobId = jobId, RoleKey = role.Key, RoleTitle = role.Title, location.Country, location.State, location.City,
                PostedAt = postedAt, ResolvedAt = resolvedAt, Filled = filled, MinutesToFill = minutesToFill,
            },
            transaction);

    private static object Parameters(PostingFact p) => new
    {
        p.PostingId, p.Source, RoleKey = p.Role.Key, RoleTitle = p.Role.Title, p.Location.Country, p.Location.State, p.Location.City,
        PayMin = p.Pay.Min, PayMax = p.Pay.Max, PayMid = p.Pay.Mid, Skills = p.Skills.ToArray(), p.PublishedAt,
        OpenedOn = DateOnly.FromDateTime(p.PublishedAt.UtcDateTime), p.ClosedOn, p.FilledAt, p.ContentAt,
    };
}
