using Dapper;
using Npgsql;

namespace Marketplace.Listings.Api.Consumers;

/// <summary>A listing's application and shortlisted counts, recounted from the applications recorded for it (never incremented).</summary>
internal static class ApplicationCounter
{
    public static Task RecountAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid listingId) =>
        connection.ExecuteAsync("""
            update job_listings l set
                application_count = (select count(*) from listing_applications a where a.listing_id = l.id and not a.withdrawn),
                shortlisted_count = (select count(*) from listing_applications a where a.listing_id = l.id and not a.withdrawn and a.shortlisted),
                updated_at = now()
            where l.id = @ListingId
            """, new { ListingId = listingId }, transaction);
}
