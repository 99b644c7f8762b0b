using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using Marketplace.ScraperIngest.Tests.Support;
using Marketplace.ServiceDefaults.Identity;

namespace Marketplace.ScraperIngest.Tests.Functional;

public sealed class ScraperKeyTests : ScraperIngestFixture
{
    [Test]
    public async Task Created_key_is_shown_once_and_only_its_hash_is_stored()
    {
        var (_, key) = await NewScraperAsync("hash-check");
        using var admin = AdminClient();
        var listing = await admin.GetStringAsync("/api/v1/scraper/keys");

        await using var db = await OpenDatabaseAsync();
        var stored = await db.QuerySingleAsync<byte[]>("select key_hash from scraper_keys where id = @Id", new { key.Id });
        Assert.Multiple(() =>
        {
            Assert.That(listing, Does.Contain("hash-check"));
            Assert.That(listing, Does.Not.Contain(key.Key));
            Assert.That(stored, Is.EqualTo(SHA256.HashData(Encoding.UTF8.GetBytes(key.Key))));
        });
    }

    [Test]
    public async Task Valid_key_use_is_counted()
    {
        var (scraper, key) = await NewScraperAsync();
        await scraper.GetAsync("/api/v1/scraper/queue/next-role");
        await scraper.GetAsync("/api/v1/scraper/queue/next-role");
        Assert.That(await ScalarAsync<long>("select request_count from scraper_keys where id = @Id", new { key.Id }), Is.EqualTo(2));
    }

    [Test]
    public async Task Revoked_key_answers_401_and_is_not_counted()
    {
        var (scraper, key) = await NewScraperAsync();
        using var admin = AdminClient();
        Assert.That((await admin.DeleteAsync($"/api/v1/scraper/keys/{key.Id}")).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        var response = await scraper.GetAsync("/api/v1/scraper/queue/next-role");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(await ScalarAsync<long>("select request_count from scraper_keys where id = @Id", new { key.Id }), Is.Zero);
    }

    [TestCase(null)]
    [TestCase("mk_scr_not-a-real-key")]
    public async Task Missing_or_unknown_key_answers_401(string? presented)
    {
        using var client = Factory.CreateClient();
        if (presented is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", presented);
        }

        Assert.That((await client.GetAsync("/api/v1/scraper/queue/next-role")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Key_management_needs_the_scraper_admin_role()
    {
        using var anonymous = Factory.CreateClient();
        using var employer = Factory.CreateClient(new TokenRequest(Guid.NewGuid(), Guid.NewGuid(), [MarketplaceRoles.Employer]));
        Assert.Multiple(async () =>
        {
            Assert.That((await anonymous.GetAsync("/api/v1/scraper/keys")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That((await employer.PostAsJsonAsync("/api/v1/scraper/keys", new { name = "x" })).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        });
    }

    [Test]
    public async Task Key_without_a_name_is_a_400_naming_the_field()
    {
        using var admin = AdminClient();
        var response = await admin.PostAsJsonAsync("/api/v1/scraper/keys", new { name = " " });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("\"name\""));
    }

    [Test]
    public async Task Revoking_an_unknown_key_is_404()
    {
        using var admin = AdminClient();
        Assert.That((await admin.DeleteAsync($"/api/v1/scraper/keys/{Guid.NewGuid()}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }
}
