using Dapper;
using Marketplace.Applications.Api.Data;
using Marketplace.Applications.Api.Domain;
using Marketplace.Contracts.Applications;
using Marketplace.ServiceDefaults.Outbox;
using Npgsql;

namespace Marketplace.Applications.Api.Workers;

/// <summary>
/// Expires open offers past their expires_at: the offer becomes expired, the application offer_declined (reason
/// offer_expired), and OfferResponded "expired" is published, in one transaction per offer. Rows are claimed with
/// SKIP LOCKED, so several replicas (or a concurrent answer) never expire one offer twice.
/// </summary>
public sealed class OfferExpirySweep(NpgsqlDataSource dataSource, TimeProvider time)
{
    public async Task<int> RunAsync(OfferExpiryOptions options, CancellationToken cancellationToken)
    {
        var expired = 0;
        for (var i = 0; i < options.BatchSize; i++)
        {
            if (!await ExpireOneAsync(cancellationToken))
            {
                break;
            }

            expired++;
        }

        return expired;
    }

    private async Task<bool> ExpireOneAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var due = await connection.QuerySingleOrDefaultAsync<DueOffer>($"""
            select id as offer_id, application_id from offers
            where {OfferStore.OpenSql} and expires_at <= @Now
            order by expires_at
            limit 1
            for update skip locked
            """, new { Now = now }, transaction);
        if (due is not { } offer)
        {
            return false;
        }

        await OfferStore.SetStatusAsync(connection, transaction, offer.OfferId, "expired", null, now);
        var application = await ApplicationStore.LockByIdAsync(connection, transaction, offer.ApplicationId);
        if (application is { Status: "offer_extended" })
        {
            await ApplicationStore.MoveAsync(connection, transaction, application, ApplicationStatus.OfferDeclined, null, "offer_expired", null, now);
        }

        if (application is not null)
        {
            await Outbox.EnqueueAsync(connection, transaction, new OfferResponded(
                Guid.NewGuid(), now, offer.OfferId, application.Id, application.JobId, application.OrganizationId,
                application.ApplicantUserId, "expired", null));
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private sealed class DueOffer
    {
        public Guid OfferId { get; init; }
        public Guid ApplicationId { get; init; }
    }
}
