using Marketplace.ScraperIngest.Api.Domain;

namespace Marketplace.ScraperIngest.Tests.Domain;

public sealed class UrlNormalizerTests
{
    [Test]
    public void Tracking_parameters_www_and_trailing_slash_do_not_make_a_different_job()
    {
        Assert.That(UrlNormalizer.TryParse("https://www.linkedin.com/jobs/view/921716/?trk=jobs_biz_prem_srch&utm_source=x", out var a));
        Assert.That(UrlNormalizer.TryParse("HTTPS://linkedin.com/jobs/view/921716", out var b));
        Assert.That(UrlNormalizer.Normalize(a), Is.EqualTo(UrlNormalizer.Normalize(b)));
    }

    [Test]
    public void Identifying_query_parameters_are_kept()
    {
        UrlNormalizer.TryParse("https://www.indeed.com/viewjob?jk=abc123&from=serp", out var a);
        UrlNormalizer.TryParse("https://www.indeed.com/viewjob?jk=def456", out var b);
        Assert.That(UrlNormalizer.Normalize(a), Is.Not.EqualTo(UrlNormalizer.Normalize(b)));
    }

    [TestCase("not a url")]
    [TestCase("ftp://example.com/job")]
    [TestCase("https://localhost/job")]
    [TestCase("/jobs/view/1")]
    public void Broken_urls_are_rejected(string text) => Assert.That(UrlNormalizer.TryParse(text, out _), Is.False);
}
