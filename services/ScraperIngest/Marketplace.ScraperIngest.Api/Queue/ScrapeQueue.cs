using Dapper;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Marketplace.ScraperIngest.Api.Queue;

/// <summary>
/// The role-based scrape queue (issue 4). A claim is one transaction: the most urgent claimable role is taken
/// with FOR UPDATE SKIP LOCKED, so concurrent scrapers never share a role, and its session is opened with it.
/// </summary>
public sealed class ScrapeQueue(NpgsqlDataSource dataSource, IOptions<QueueOptions> options, TimeProvider clock)
{
    public async Task<ClaimedRole?> ClaimNextAsync(Guid scraperKeyId, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var role = await connection.QuerySingleOrDefaultAsync<ClaimedRole>("""
            update scrape_roles r
            set queue_status = 'processing'
            where r.id = (
                select c.id
                from scrape_roles c
                where c.queue_status = 'pending'
                   or (c.queue_status = 'completed' and c.last_scraped_at < @RescrapeBefore)
                order by c.priority_rank, c.candidate_count desc, c.last_scraped_at nulls first, c.name
                limit 1
                for update skip locked)
            returning r.id as role_id, r.name, r.aliases, r.category, r.priority, r.candidate_count
            """, new { RescrapeBefore = now - settings.RescrapeAfter }, transaction);
        if (role is null)
        {
            return null;
        }

        var session = new { Id = Guid.CreateVersion7(), role.RoleId, ScraperKeyId = scraperKeyId, StartedAt = now, ExpiresAt = now + settings.SessionTimeout };
        await connection.ExecuteAsync("""
            insert into scrape_sessions (id, role_id, scraper_key_id, started_at, expires_at)
            values (@Id, @RoleId, @ScraperKeyId, @StartedAt, @ExpiresAt)
            """, session, transaction);
        await transaction.CommitAsync(cancellationToken);
        return new ClaimedRole
        {
            SessionId = session.Id,
            RoleId = role.RoleId,
            Name = role.Name,
            Aliases = role.Aliases,
            Category = role.Category,
            Priority = role.Priority,
            CandidateCount = role.CandidateCount,
            ExpiresAt = session.ExpiresAt,
        };
    }

    /// <summary>The session if it belongs to this scraper key; another key's session reads as missing.</summary>
    public static Task<ScrapeSession?> LockSessionAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid sessionId, Guid scraperKeyId) =>
        connection.QuerySingleOrDefaultAsync<ScrapeSession>("""
            select s.id, s.role_id, r.name as role_name, s.scraper_key_id, s.status, s.started_at
            from scrape_sessions s
            join scrape_roles r on r.id = s.role_id
            where s.id = @SessionId and s.scraper_key_id = @ScraperKeyId
            for update of s
            """, new { SessionId = sessionId, ScraperKeyId = scraperKeyId }, transaction);

    /// <summary>Marks an open session failed and returns its role to the queue. Null when the session is not this key's.</summary>
    public async Task<SessionOutcome> FailAsync(Guid sessionId, Guid scraperKeyId, string errorMessage, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var session = await LockSessionAsync(connection, transaction, sessionId, scraperKeyId);
        if (session is null)
        {
            return SessionOutcome.NotFound;
        }

        if (session.Status != "processing")
        {
            return SessionOutcome.NotOpen;
        }

        await connection.ExecuteAsync("""
            update scrape_sessions set status = 'failed', finished_at = now(), error_message = @ErrorMessage where id = @SessionId;
            update scrape_roles set queue_status = 'pending' where id = @RoleId and queue_status = 'processing';
            """, new { SessionId = sessionId, ErrorMessage = errorMessage, session.RoleId }, transaction);
        await transaction.CommitAsync(cancellationToken);
        return SessionOutcome.Done;
    }

    /// <summary>
    /// Times out every open session past its expiry and returns the roles to pending. One statement, so several
    /// replicas sweeping at once is safe: a session row is updated by whichever gets its lock first.
    /// </summary>
    public async Task<int> ExpireSessionsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>("""
            with expired as (
                update scrape_sessions
                set status = 'timeout', finished_at = now(), error_message = 'The session was not completed in time.'
                where status = 'processing' and expires_at < @Now
                returning role_id
            ), released as (
                update scrape_roles
                set queue_status = 'pending'
                where id in (select role_id from expired) and queue_status = 'processing'
                returning id
            )
            select count(*) from expired
            """, new { Now = clock.GetUtcNow() });
    }
}
