using Marketplace.Testing;
using System.Net;
using Marketplace.ScraperIngest.Tests.Support;

namespace Marketplace.ScraperIngest.Tests.Functional;

public sealed class SessionTimeoutTests : ScraperIngestFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Queue:SessionTimeout"] = "00:00:01",
        ["Queue:SweepInterval"] = "00:00:00.100",
    };

    [Test]
    public async Task Session_not_completed_in_time_times_out_and_its_role_returns_to_pending()
    {
        var (scraper, _) = await NewScraperAsync();
        var claimed = await ClaimAsync(scraper);

        var timedOut = await Wait.UntilAsync(
            async () => await ScalarAsync<string>("select status from scrape_sessions where id = @SessionId", new { claimed.SessionId }) == "timeout",
            TimeSpan.FromSeconds(15));

        Assert.That(timedOut, Is.True, "the session never timed out");
        Assert.That(await ScalarAsync<string>("select queue_status from scrape_roles where id = @RoleId", new { claimed.RoleId }), Is.EqualTo("pending"));
        var late = await PostJobsAsync(scraper, claimed.SessionId, [TestRows.Minimal(TestRows.NewTag(), 1)]);
        Assert.That(late.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
    }
}
