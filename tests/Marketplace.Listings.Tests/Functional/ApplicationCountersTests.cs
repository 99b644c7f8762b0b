using Dapper;
using Marketplace.Contracts.Applications;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Listings.Tests.Functional;

/// <summary>Applications' events keep the listing's application and positions-filled counters true (issue 10).</summary>
public sealed class ApplicationCountersTests : ListingsFixture
{
    private static readonly ApplicantSnapshot Applicant = new("Mechanic", [], [], 5m, "Chicago", "IL", "US", null, null, null);

    private async Task PublishAsync<T>(T message) where T : class, Marketplace.Contracts.IIntegrationEvent =>
        await Service.Services.GetRequiredService<IBus>().Publish(message, c => c.MessageId = message.EventId);

    private async Task<(int Applications, int Filled, string Status)> CountersAsync(Guid id)
    {
        await using var db = await OpenDatabaseAsync();
        return await db.QuerySingleAsync<(int, int, string)>(
            "select application_count, positions_filled, status from job_listings where id = @id", new { id });
    }

    private static ApplicationSubmitted Submitted(Guid job, Guid organization, Guid application) =>
        new(Guid.NewGuid(), DateTimeOffset.UtcNow, application, job, organization, Guid.NewGuid(), "elevator_mechanic", "submitted", Applicant);

    private static CandidateHired Hired(Guid job, Guid organization, Guid application) =>
        new(Guid.NewGuid(), DateTimeOffset.UtcNow, application, job, organization, Guid.NewGuid(), "elevator_mechanic",
            DateTimeOffset.UtcNow.AddDays(-10), DateTimeOffset.UtcNow);

    [Test]
    public async Task Submitted_and_withdrawn_applications_are_counted_once_each()
    {
        var owner = Employer();
        var job = await CreatePublishedAsync(owner);
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        var submitted = Submitted(job, owner.OrgId!.Value, first);
        await PublishAsync(submitted);
        await PublishAsync(submitted); // a redelivery
        await PublishAsync(Submitted(job, owner.OrgId!.Value, second) with { EventId = Guid.NewGuid() });
        Assert.That(await EventuallyAsync(async () => (await CountersAsync(job)).Applications == 2), Is.True);

        await PublishAsync(new ApplicationWithdrawn(Guid.NewGuid(), DateTimeOffset.UtcNow, first, job, owner.OrgId!.Value, Guid.NewGuid(), null));
        Assert.That(await EventuallyAsync(async () => (await CountersAsync(job)).Applications == 1), Is.True);
    }

    [Test]
    public async Task The_last_hire_fills_the_listing_and_publishes_JobListingClosed_filled()
    {
        var owner = Employer();
        var job = await CreatePublishedAsync(owner); // two positions
        var hire = Hired(job, owner.OrgId!.Value, Guid.NewGuid());
        await PublishAsync(hire);
        await PublishAsync(hire);
        Assert.That(await EventuallyAsync(async () => (await CountersAsync(job)).Filled == 1), Is.True);
        Assert.That((await CountersAsync(job)).Status, Is.EqualTo("active"));

        await PublishAsync(Hired(job, owner.OrgId!.Value, Guid.NewGuid()));
        Assert.That(await EventuallyAsync(async () => (await CountersAsync(job)).Status == "filled"), Is.True);
        Assert.That((await CountersAsync(job)).Filled, Is.EqualTo(2));

        await using var db = await OpenDatabaseAsync();
        var closed = await db.QueryAsync<string>("""
            select payload->>'status' from outbox_messages
            where message_type like 'Marketplace.Contracts.Listings.JobListingClosed,%' and payload->>'listingId' = @job
            """, new { job = job.ToString() });
        Assert.That(closed, Is.EqualTo(new[] { "filled" }));
    }

    private static ApplicationStatusChanged Moved(Guid job, Guid organization, Guid application, string from, string to) =>
        new(Guid.NewGuid(), DateTimeOffset.UtcNow, application, job, organization, Guid.NewGuid(), from, to, null, Guid.NewGuid());

    private async Task<int> ShortlistedAsync(Guid id)
    {
        await using var db = await OpenDatabaseAsync();
        return await db.ExecuteScalarAsync<int>("select shortlisted_count from job_listings where id = @id", new { id });
    }

    [Test]
    public async Task An_application_that_reaches_the_shortlist_or_later_is_counted_once_and_a_rejection_not()
    {
        var owner = Employer();
        var organization = owner.OrgId!.Value;
        var job = await CreatePublishedAsync(owner);
        var (first, second, third) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await PublishAsync(Submitted(job, organization, first));
        var shortlisted = Moved(job, organization, first, "viewed", "shortlisted");
        await PublishAsync(shortlisted);
        await PublishAsync(shortlisted); // a redelivery
        await PublishAsync(Moved(job, organization, first, "shortlisted", "interview_scheduled")); // the same application, later
        await PublishAsync(Moved(job, organization, second, "submitted", "rejected"));
        await PublishAsync(Moved(job, organization, third, "shortlisted", "offer_extended")); // before its submission arrives
        Assert.That(await EventuallyAsync(async () => await ShortlistedAsync(job) == 2), Is.True);

        await PublishAsync(new ApplicationWithdrawn(Guid.NewGuid(), DateTimeOffset.UtcNow, third, job, organization, Guid.NewGuid(), null));
        Assert.That(await EventuallyAsync(async () => await ShortlistedAsync(job) == 1), Is.True);
    }

    [Test]
    public async Task Twenty_applications_shortlisted_at_once_are_all_counted()
    {
        var owner = Employer();
        var organization = owner.OrgId!.Value;
        var job = await CreatePublishedAsync(owner);

        // Consumed side by side: each consumer's recount must see the others' committed rows, not a stale snapshot.
        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => PublishAsync(Moved(job, organization, Guid.NewGuid(), "viewed", "shortlisted"))));

        Assert.That(await EventuallyAsync(async () => await ShortlistedAsync(job) == 20), Is.True, $"counted {await ShortlistedAsync(job)}");
        Assert.That((await CountersAsync(job)).Applications, Is.EqualTo(20));
    }

    [Test]
    public async Task A_status_change_for_another_organizations_listing_changes_nothing()
    {
        var owner = Employer();
        var job = await CreatePublishedAsync(owner);
        var foreign = Moved(job, Guid.NewGuid(), Guid.NewGuid(), "viewed", "shortlisted");
        await PublishAsync(foreign);
        await using var db = await OpenDatabaseAsync();
        Assert.That(await EventuallyAsync(async () => await db.ExecuteScalarAsync<bool>(
            "select exists (select 1 from inbox_messages where message_id = @EventId)", new { foreign.EventId })), Is.True);
        Assert.That(await ShortlistedAsync(job), Is.Zero);
    }

    [Test]
    public async Task A_hire_for_another_organizations_listing_changes_nothing()
    {
        var owner = Employer();
        var job = await CreatePublishedAsync(owner);
        var foreign = Hired(job, Guid.NewGuid(), Guid.NewGuid());
        await PublishAsync(foreign);
        await using var db = await OpenDatabaseAsync();
        Assert.That(await EventuallyAsync(async () => await db.ExecuteScalarAsync<bool>(
            "select exists (select 1 from inbox_messages where message_id = @EventId)", new { foreign.EventId })), Is.True);
        Assert.That((await CountersAsync(job)).Filled, Is.Zero);
    }
}
