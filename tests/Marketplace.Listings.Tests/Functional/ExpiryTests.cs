using Dapper;

namespace Marketplace.Listings.Tests.Functional;

/// <summary>The time-driven lifecycle: expiry, auto-renewal and the owner's one reminder, run by the background sweep.</summary>
public sealed class ExpiryTests : ListingsFixture
{
    private async Task SetExpiryAsync(Guid id, string interval)
    {
        await using var db = await OpenDatabaseAsync();
        await db.ExecuteAsync("update job_listings set expires_at = now() + @Interval::interval where id = @id", new { id, Interval = interval });
    }

    private async Task<int> EventsAsync(Guid id, string type)
    {
        await using var db = await OpenDatabaseAsync();
        return await db.QuerySingleAsync<int>(
            "select count(*) from outbox_messages where message_type like @Type and (payload ->> 'listingId')::uuid = @id",
            new { id, Type = $"Marketplace.Contracts.Listings.{type},%" });
    }

    private async Task<string> StatusAsync(Guid id)
    {
        await using var db = await OpenDatabaseAsync();
        return await db.QuerySingleAsync<string>("select status from job_listings where id = @id", new { id });
    }

    [Test]
    public async Task A_listing_past_its_expiry_expires_and_emits_JobListingExpired()
    {
        var id = await CreatePublishedAsync(Employer());
        await SetExpiryAsync(id, "-1 minute");

        Assert.That(await EventuallyAsync(async () => await StatusAsync(id) == "expired"), Is.True);
        Assert.That(await EventsAsync(id, "JobListingExpired"), Is.EqualTo(1));
        using var anonymous = Client(null);
        using var search = await anonymous.GetAsync(new Uri("/api/v1/jobs?page_size=100", UriKind.Relative));
        Assert.That((await ReadJsonAsync(search)).GetProperty("items").EnumerateArray()
            .Any(i => i.GetProperty("listing").GetProperty("id").GetGuid() == id), Is.False, "expired listings are not searchable");
    }

    [Test]
    public async Task An_auto_renew_listing_is_renewed_instead_of_expiring()
    {
        var id = await CreatePublishedAsync(Employer(), body =>
        {
            body["auto_renew"] = true;
            return body;
        });
        await SetExpiryAsync(id, "-1 minute");

        Assert.That(await EventuallyAsync(async () => await EventsAsync(id, "JobListingRenewed") == 1), Is.True);
        Assert.That(await StatusAsync(id), Is.EqualTo("active"));
        await using var db = await OpenDatabaseAsync();
        Assert.That(await db.QuerySingleAsync<bool>("select expires_at > now() + interval '29 days' from job_listings where id = @id", new { id }), Is.True);
    }

    [Test]
    public async Task The_owner_is_reminded_once_three_days_before_expiry()
    {
        var id = await CreatePublishedAsync(Employer());
        await SetExpiryAsync(id, "2 days");
        Assert.That(await EventuallyAsync(async () => await EventsAsync(id, "JobListingExpiringSoon") == 1), Is.True);

        // A later listing's reminder proves that the sweep has run again since; the first still has exactly one.
        await AwaitAnotherSweepAsync();
        Assert.That(await EventsAsync(id, "JobListingExpiringSoon"), Is.EqualTo(1));
        Assert.That(await StatusAsync(id), Is.EqualTo("active"));
    }

    [Test]
    public async Task A_listing_far_from_expiry_gets_no_reminder()
    {
        var id = await CreatePublishedAsync(Employer());
        await SetExpiryAsync(id, "10 days");
        await AwaitAnotherSweepAsync();
        Assert.That(await EventsAsync(id, "JobListingExpiringSoon"), Is.Zero);
    }

    private async Task AwaitAnotherSweepAsync()
    {
        var probe = await CreatePublishedAsync(Employer());
        await SetExpiryAsync(probe, "1 day");
        Assert.That(await EventuallyAsync(async () => await EventsAsync(probe, "JobListingExpiringSoon") == 1), Is.True);
    }
}
