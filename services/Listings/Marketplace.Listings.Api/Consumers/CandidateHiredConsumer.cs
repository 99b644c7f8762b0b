using Dapper;
using Marketplace.Contracts.Applications;
using Marketplace.Contracts.Listings;
using Marketplace.Listings.Api.Data;
using Marketplace.Listings.Api.Domain;
using Marketplace.ServiceDefaults.Messaging;
using Marketplace.ServiceDefaults.Outbox;
using MassTransit;
using Npgsql;

namespace Marketplace.Listings.Api.Consumers;

/// <summary>
/// Counts a hire toward the listing's positions_filled (recounted from the hires recorded, so a duplicate never
/// counts twice). When every position is filled an open listing becomes filled and publishes JobListingClosed
/// with status "filled", in the same transaction.
/// </summary>
public sealed class CandidateHiredConsumer(NpgsqlDataSource dataSource, TimeProvider time) : IdempotentConsumer<CandidateHired>(dataSource)
{
    protected override async Task HandleAsync(ConsumeContext<CandidateHired> context, NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        var m = context.Message;
        var listing = await ListingStore.LockOwnedAsync(connection, transaction, m.JobId, m.OrganizationId);
        if (listing is null)
        {
            return;
        }

        await connection.ExecuteAsync(
            "insert into listing_hires (application_id, listing_id, hired_at) values (@ApplicationId, @JobId, @HiredAt) on conflict do nothing",
            new { m.ApplicationId, m.JobId, m.HiredAt }, transaction);
        var hires = await connection.ExecuteScalarAsync<int>(
            "select count(*) from listing_hires where listing_id = @JobId", new { m.JobId }, transaction);
        await connection.ExecuteAsync(
            "update job_listings set positions_filled = least(@Hires, positions_available), updated_at = now() where id = @JobId",
            new { Hires = hires, m.JobId }, transaction);

        var status = SnakeCase.Parse<ListingStatus>(listing.Status);
        if (hires < listing.PositionsAvailable || !ListingStatusMachine.CanMove(status, ListingStatus.Filled))
        {
            return;
        }

        var after = await ListingStore.MoveAsync(connection, transaction, m.JobId, ListingStatus.Filled, null);
        await Outbox.EnqueueAsync(connection, transaction, new JobListingClosed(
            Guid.NewGuid(), time.GetUtcNow(), m.JobId, after.OrganizationId, after.Status, "positions_filled", ListingSnapshots.From(after)));
    }
}
