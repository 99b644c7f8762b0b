using Dapper;
using Marketplace.Contracts.Listings;
using Marketplace.Listings.Api.Data;
using Marketplace.ServiceDefaults.Outbox;
using Npgsql;

namespace Marketplace.Listings.Api.Background;

/// <summary>
/// One pass of the time-driven lifecycle: owners told before expiry, auto-renew listings renewed, the rest expired.
/// Each step claims its rows with FOR UPDATE SKIP LOCKED and marks them in the same transaction as their outbox
/// event, so replicas sweeping together never emit an event twice.
/// </summary>
public sealed class ListingLifecycleSweep(NpgsqlDataSource dataSource, TimeProvider time)
{
    public async Task<int> RunAsync(ListingLifecycleOptions options, CancellationToken cancellationToken) =>
        await RemindAsync(options, cancellationToken) + await RenewAsync(options, cancellationToken) + await ExpireAsync(options, cancellationToken);

    private async Task<int> RemindAsync(ListingLifecycleOptions options, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var due = (await connection.QueryAsync<ReminderRow>("""
            with due as (
                select id from job_listings
                where status in ('active', 'paused') and not auto_renew and expiry_reminder_sent_at is null
                  and expires_at > now() and expires_at <= now() + @Lead
                order by expires_at
                limit @BatchSize
                for update skip locked)
            update job_listings l set expiry_reminder_sent_at = now()
            from due where l.id = due.id
            returning l.id, l.organization_id, l.created_by, l.title, l.expires_at
            """, new { Lead = options.ReminderLead, options.BatchSize }, transaction)).ToList();
        foreach (var row in due)
        {
            await Outbox.EnqueueAsync(connection, transaction, new JobListingExpiringSoon(
                Guid.NewGuid(), time.GetUtcNow(), row.Id, row.OrganizationId, row.CreatedBy, row.Title, ListingSnapshots.Utc(row.ExpiresAt)!.Value));
        }

        await transaction.CommitAsync(cancellationToken);
        return due.Count;
    }

    private async Task<int> RenewAsync(ListingLifecycleOptions options, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var renewed = (await connection.QueryAsync<ReminderRow>("""
            with due as (
                select id from job_listings
                where status in ('active', 'paused') and auto_renew and expires_at <= now()
                order by expires_at
                limit @BatchSize
                for update skip locked)
            update job_listings l
            set expires_at = now() + make_interval(days => l.renewal_days), expiry_reminder_sent_at = null, updated_at = now()
            from due where l.id = due.id
            returning l.id, l.organization_id, l.created_by, l.title, l.expires_at
            """, new { options.BatchSize }, transaction)).ToList();
        foreach (var row in renewed)
        {
            await Outbox.EnqueueAsync(connection, transaction, new JobListingRenewed(
                Guid.NewGuid(), time.GetUtcNow(), row.Id, row.OrganizationId, ListingSnapshots.Utc(row.ExpiresAt)!.Value));
        }

        await transaction.CommitAsync(cancellationToken);
        return renewed.Count;
    }

    private async Task<int> ExpireAsync(ListingLifecycleOptions options, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var expired = (await connection.QueryAsync<ListingRow>($"""
            with due as (
                select id from job_listings
                where status in ('active', 'paused') and not auto_renew and expires_at <= now()
                order by expires_at
                limit @BatchSize
                for update skip locked)
            update job_listings l set status = 'expired', closed_at = now(), updated_at = now()
            from due where l.id = due.id
            returning {ListingRow.Columns}
            """, new { options.BatchSize }, transaction)).ToList();
        foreach (var row in expired)
        {
            await Outbox.EnqueueAsync(connection, transaction, new JobListingExpired(
                Guid.NewGuid(), time.GetUtcNow(), row.Id, row.OrganizationId, ListingSnapshots.Utc(row.ExpiresAt)!.Value, ListingSnapshots.From(row)));
        }

        await transaction.CommitAsync(cancellationToken);
        return expired.Count;
    }
}
