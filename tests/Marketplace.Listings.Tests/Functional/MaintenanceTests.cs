using Dapper;

namespace Marketplace.Listings.Tests.Functional;

/// <summary>The database can maintain job_listings on its own (issue #9, item 13).</summary>
public sealed class MaintenanceTests : ListingsFixture
{
    [Test]
    public async Task Job_listings_can_be_analyzed_with_the_empty_search_path_autovacuum_uses()
    {
        await CreatePublishedAsync(Employer());
        await using var db = await OpenDatabaseAsync();
        await db.ExecuteAsync("set search_path = ''");
        Assert.DoesNotThrowAsync(async () => await db.ExecuteAsync("analyze public.job_listings"));
    }
}
