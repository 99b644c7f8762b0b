using Marketplace.Contracts.Applications;
using Marketplace.Contracts.EmergencyDispatch;
using Marketplace.Contracts.Listings;
using Marketplace.Contracts.ScraperIngest;

namespace Marketplace.MarketAnalytics.Tests;

/// <summary>The events Market-Analytics consumes, built the way their publishers build them, with fresh ids.</summary>
internal static class MarketEvents
{
    public static DateTimeOffset At(DateOnly day, int hour = 10) => new(day.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.Zero);

    public static JobListingPublished Listing(
        string category, string city, string state, DateTimeOffset publishedAt, decimal? min = null, decimal? max = null,
        string compensation = "hourly", params string[] skills)
    {
        var listing = new JobListingSnapshot(
            "Technician", new string('x', 120), category, "permanent", "global", "mid", "on_site",
            city, state, "US", null, null, null, compensation, min, max, "USD",
            skills, [], [], [], "standard", 1, publishedAt, null);
        return new JobListingPublished(Guid.NewGuid(), publishedAt, Guid.NewGuid(), Guid.NewGuid(), listing);
    }

    public static JobListingClosed Closed(JobListingPublished published, string status, DateTimeOffset at) =>
        new(Guid.NewGuid(), at, published.ListingId, published.OrganizationId, status, status == "closed" ? "no longer needed" : null, published.Listing);

    public static JobListingExpired Expired(JobListingPublished published, DateTimeOffset at) =>
        new(Guid.NewGuid(), at, published.ListingId, published.OrganizationId, at, published.Listing);

    public static ExternalJobPostingImported External(
        Guid postingId, string roleName, string city, string state, DateTimeOffset firstSeen, DateTimeOffset lastSeen,
        decimal? min, decimal? max, string? interval, bool isUpdate = false, params string[] skills) =>
        new(Guid.NewGuid(), lastSeen, postingId, isUpdate, "indeed", "ext-" + postingId.ToString("N")[..8], "https://example.test/" + postingId,
            roleName, "Acme Mechanical", "A posting", city, state, "US", null, null, false, "fulltime",
            min, max, interval, "USD", null, null, null, skills, null, roleName, firstSeen, firstSeen, lastSeen);

    public static ApplicationSubmitted Application(JobListingPublished listing, DateTimeOffset at) =>
        new(Guid.NewGuid(), at, Guid.NewGuid(), listing.ListingId, listing.OrganizationId, Guid.NewGuid(), listing.Listing.JobCategory,
            "submitted", new ApplicantSnapshot("Technician", [], [], 5, null, null, "US", null, null, null));

    public static CandidateHired Hired(JobListingPublished listing, DateTimeOffset at) =>
        new(Guid.NewGuid(), at, Guid.NewGuid(), listing.ListingId, listing.OrganizationId, Guid.NewGuid(), listing.Listing.JobCategory,
            at.AddDays(-1), at);

    public static EmergencyJobSnapshot Emergency(string category, string city, string state, DateTimeOffset postedAt) =>
        new("No cooling in a server room", category, city, state, "US", 29.42, -98.49, DateOnly.FromDateTime(postedAt.UtcDateTime),
            95, "hourly", "USD", [], [], postedAt, postedAt.AddHours(6));

    public static EmergencyJobPosted Posted(EmergencyJobSnapshot job) => new(Guid.NewGuid(), job.PostedAt, Guid.NewGuid(), Guid.NewGuid(), job);

    public static EmergencyJobFilled Filled(EmergencyJobPosted posted, TimeSpan timeToFill) =>
        new(Guid.NewGuid(), posted.Job.PostedAt + timeToFill, posted.JobId, posted.OrganizationId, Guid.NewGuid(), timeToFill, posted.Job);

    public static EmergencyJobExpired ExpiredEmergency(EmergencyJobPosted posted) =>
        new(Guid.NewGuid(), posted.Job.ExpiresAt, posted.JobId, posted.OrganizationId, 12, 0, posted.Job);
}
