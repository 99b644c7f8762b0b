using Marketplace.Contracts.Listings;
using Marketplace.Listings.Api.Data;
using Marketplace.Listings.Api.Domain;
using Marketplace.ServiceDefaults.Identity;
using Marketplace.ServiceDefaults.Outbox;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marketplace.Listings.Api.Apis;

/// <summary>
/// One lifecycle move: lock the organization's own listing, check the status machine, change it and store the
/// event in the same transaction (publish → JobListingPublished; fill/close → JobListingClosed).
/// </summary>
public static class ListingTransitions
{
    public static async Task<Results<Ok<JobListingResponse>, ValidationProblem, NotFound, ProblemHttpResult>> MoveAsync(
        Guid id, Caller caller, ListingServices services, ListingStatus? requiredFrom, ListingStatus to, string? reason,
        CancellationToken cancellationToken)
    {
        if (ListingsApi.Forbidden(caller) is { } forbidden)
        {
            return forbidden;
        }

        if (to == ListingStatus.Closed && (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > 500))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["reason"] = ["reason is required, at most 500 characters."] });
        }

        await using var connection = await services.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var before = await ListingStore.LockOwnedAsync(connection, transaction, id, caller.OrganizationId!.Value);
        if (before is null || before.SourcePlatform is not null)
        {
            return TypedResults.NotFound();
        }

        var from = SnakeCase.Parse<ListingStatus>(before.Status);
        if (requiredFrom is { } required && from != required || !ListingStatusMachine.CanMove(from, to))
        {
            return ListingsApi.Conflict($"A {before.Status} listing cannot become {SnakeCase.Of(to)}.");
        }

        var after = await ListingStore.MoveAsync(connection, transaction, id, to, reason?.Trim());
        var now = services.Time.GetUtcNow();
        if (from == ListingStatus.Draft && to == ListingStatus.Active)
        {
            var questions = await ScreeningQuestionStore.SnapshotsAsync(connection, transaction, id);
            await Outbox.EnqueueAsync(connection, transaction, new JobListingPublished(
                Guid.NewGuid(), now, id, after.OrganizationId, ListingSnapshots.From(after, questions)));
        }
        else if (to is ListingStatus.Filled or ListingStatus.Closed)
        {
            await Outbox.EnqueueAsync(connection, transaction, new JobListingClosed(
                Guid.NewGuid(), now, id, after.OrganizationId, after.Status, after.CloseReason, ListingSnapshots.From(after)));
        }

        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(JobListingResponse.From(after, caller));
    }
}
