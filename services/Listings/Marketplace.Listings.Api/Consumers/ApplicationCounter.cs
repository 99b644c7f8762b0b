using Dapper;
using Npgsql;

namespace Marketplace.Listings.Api.Consumers;

/// <summary>A listing's application and shortlisted counts, recounted from the applications recorded for it (never incremented).</summary>
internal static class ApplicationCounter
{
    /// <remarks>
    /// The listing row is locked by its own statement first: a concurrent consumer's recount then waits here, and its
    /// update runs with a snapshot taken after the other committed. (An UPDATE that waits for the row lock instead
    /// re-checks only the row; its count subquery would keep the old snapshot and miss the other's application.)
    /// </remarks>
    public static async Task RecountAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid listingId)
    {
        await connection.ExecuteAsync("select 1 from job_listings where id = @ListingId for update", new { ListingId = listingId }, transaction);
        await connection.ExecuteAsync("""
            update job_listings l set
                application_count = (select count(*) from listing_applications a where a.listing_id = l.id and not a.withdrawn),
                shortlisted_count = (select count(*) from listing_applications a where a.listing_id = l.id and not a.withdrawn and a.shortlisted),
                updated_at = now()
            where l.id = @ListingId
            """, new { ListingId = listingId }, transaction);
    }
}
