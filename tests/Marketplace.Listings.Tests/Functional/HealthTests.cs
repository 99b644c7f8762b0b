using System.Net;
using Marketplace.Testing;

namespace Marketplace.Listings.Tests.Functional;

/// <summary>Listings' health reflects what it needs: PostgreSQL and the broker, not Redis (issue #9, item 15).</summary>
public sealed class HealthTests
{
    [Test]
    public async Task Listings_stays_healthy_while_redis_is_down()
    {
        var infrastructure = await TestInfrastructure.GetAsync();
        var database = await infrastructure.CreateDatabaseAsync("listings");
        await using var service = new ServiceFactory<Program>(infrastructure, "listingsdb", database, new Dictionary<string, string?>
        {
            ["ConnectionStrings:cache"] = "127.0.0.1:1,connectTimeout=200",
        });
        using var client = service.CreateClient();
        using var health = await client.GetAsync(new Uri("/health", UriKind.Relative));
        Assert.That(health.StatusCode, Is.EqualTo(HttpStatusCode.OK), await health.Content.ReadAsStringAsync());
    }
}
