using Dapper;
using Marketplace.Contracts.Listings;
using Marketplace.Listings.Api.Data;
using Marketplace.Listings.Api.Search;
using Marketplace.ServiceDefaults.Outbox;
using Marketplace.ServiceDefaults.ReferenceData;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Marketplace.Listings.Api.Alerts;

/// <summary>
/// One pass over the alerts that are due. Alerts are claimed with FOR UPDATE SKIP LOCKED, so replicas share the work
/// and never run one alert twice at once; the sent rows, the alert's new schedule and the JobAlertMatched events
/// commit in one transaction. Matching is the search's own filter (<see cref="SearchSql.Filters"/>) with the owner's
/// stored claims as the caller, so an alert reports exactly what its owner would find, and nothing they may not see.
/// </summary>
public sealed partial class JobAlertMatcher(
    NpgsqlDataSource dataSource, IServiceProvider services, IOptions<JobAlertOptions> options, TimeProvider time, ILogger<JobAlertMatcher> logger)
{
    private static readonly string MatchSql = $"""
        with found as (
            select l.id as listing_id, l.title, l.published_at
            from job_listings l
            where {SearchSql.Filters}
              and l.published_at > greatest(@Since - @Overlap, @CreatedAt)
              and (@Skills::text[] is null
                   or exists (select 1 from unnest(l.required_skills || l.preferred_skills) s where lower(s) = any(@Skills::text[])))
              and not exists (select 1 from job_alert_sent s where s.alert_id = @AlertId and s.listing_id = l.id)
            order by l.published_at, l.id
            limit @Limit),
        sent as (
            insert into job_alert_sent (alert_id, listing_id)
            select @AlertId, listing_id from found
            on conflict do nothing
            returning listing_id)
        select f.listing_id, f.title, f.published_at
        from found f join sent s on s.listing_id = f.listing_id
        order by f.published_at, f.listing_id
        """;

    /// <summary>Runs the due alerts once; returns the number of events written.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var due = (await connection.QueryAsync<JobAlertRow>(new CommandDefinition($"""
            select {JobAlertRow.Columns} from job_alerts a
            where a.active and a.next_run_at <= now()
            order by a.next_run_at
            limit @BatchSize
            for update skip locked
            """, new { settings.BatchSize }, transaction, cancellationToken: cancellationToken))).ToList();

        var events = 0;
        foreach (var alert in due)
        {
            // One alert that fails (a stored row this code cannot read) is set aside for an hour; the rest still run.
            await transaction.SaveAsync("alert", cancellationToken);
            try
            {
                events += await RunAlertAsync(connection, transaction, alert, settings, cancellationToken);
                await transaction.ReleaseAsync("alert", cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                await transaction.RollbackAsync("alert", cancellationToken);
                LogAlertFailed(e, alert.Id);
                await connection.ExecuteAsync(new CommandDefinition(
                    "update job_alerts set next_run_at = now() + interval '1 hour' where id = @Id", new { alert.Id }, transaction,
                    cancellationToken: cancellationToken));
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return events;
    }

    private async Task<int> RunAlertAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, JobAlertRow alert, JobAlertOptions settings, CancellationToken cancellationToken)
    {
        var definition = alert.Definition();
        var (criteria, _) = JobSearchCriteria.From(definition.SearchParameters(), services.GetRequiredService<UsGeocoder>);
        var matches = new List<MatchedListingRow>();
        if (criteria is null)
        {
            // Saved criteria that no longer validate (reference data changed): skip this run rather than match everything.
            LogInvalidCriteria(alert.Id);
        }
        else
        {
            var parameters = SearchSql.Parameters(criteria, alert.Owner())
                .With("AlertId", alert.Id)
                .With("Since", alert.LastRunAt)
                .With("Overlap", settings.PublishOverlap)
                .With("CreatedAt", alert.CreatedAt)
                .With("Skills", definition.Skills)
                .With("Limit", settings.MaxListingsPerRun);
            matches = (await connection.QueryAsync<MatchedListingRow>(
                new CommandDefinition(MatchSql, parameters, transaction, cancellationToken: cancellationToken))).ToList();
        }

        // A full batch leaves older matches behind: keep the window where it is and run again on the next pass.
        var caughtUp = matches.Count < settings.MaxListingsPerRun;
        await connection.ExecuteAsync(new CommandDefinition("""
            update job_alerts
            set last_run_at = case when @CaughtUp then now() else last_run_at end,
                next_run_at = case when @CaughtUp then now() + @Period else now() end
            where id = @Id
            """, new { alert.Id, CaughtUp = caughtUp, Period = AlertSchedule.Period(definition.Frequency) }, transaction,
            cancellationToken: cancellationToken));
        if (matches.Count == 0)
        {
            return 0;
        }

        var listings = matches.Select(m => new JobAlertMatchedListing(m.ListingId, m.Title, ListingSnapshots.Utc(m.PublishedAt)!.Value)).ToList();
        foreach (var channel in alert.Channels)
        {
            await Outbox.EnqueueAsync(connection, transaction, new JobAlertMatched(
                Guid.NewGuid(), time.GetUtcNow(), alert.Id, alert.UserId, alert.Name, channel, alert.Frequency, listings));
        }

        LogMatched(alert.Id, matches.Count, alert.Channels.Length);
        return alert.Channels.Length;
    }

    [LoggerMessage(EventId = 40, Level = LogLevel.Information, Message = "Job alert {AlertId} matched {Count} listings on {Channels} channels")]
    private partial void LogMatched(Guid alertId, int count, int channels);

    [LoggerMessage(EventId = 41, Level = LogLevel.Warning, Message = "Job alert {AlertId} has criteria that no longer validate; skipped")]
    private partial void LogInvalidCriteria(Guid alertId);

    [LoggerMessage(EventId = 43, Level = LogLevel.Warning, Message = "Job alert {AlertId} failed; set aside for an hour")]
    private partial void LogAlertFailed(Exception exception, Guid alertId);
}
