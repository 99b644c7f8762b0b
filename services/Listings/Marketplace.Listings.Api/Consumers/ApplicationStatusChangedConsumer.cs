using Dapper;
using Marketplace.Contracts.Applications;
using Marketplace.ServiceDefaults.Messaging;
using MassTransit;
using Npgsql;

namespace Marketplace.Listings.Api.Consumers;

/// <summary>
/// An application that reaches the shortlist or any stage after it counts toward its listing's shortlisted_count, once,
/// even if the move arrives before the submission. Only the listing's own organization's events count.
/// </summary>
public sealed class ApplicationStatusChangedConsumer(NpgsqlDataSource dataSource) : IdempotentConsumer<ApplicationStatusChanged>(dataSource)
{
    /// <summary>Applications' stages from the shortlist on (lower snake_case, as the event carries them).</summary>
    private static readonly HashSet<string> ShortlistedOrLater = new(StringComparer.Ordinal)
    {
        "shortlisted", "interview_scheduled", "interview_completed", "offer_extended", "offer_accepted", "offer_declined", "hired",
    };

    protected override async Task HandleAsync(ConsumeContext<ApplicationStatusChanged> context, NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        var m = context.Message;
        if (!ShortlistedOrLater.Contains(m.ToStatus))
        {
            return;
        }

        var marked = await connection.ExecuteAsync("""
            insert into listing_applications (application_id, listing_id, shortlisted)
            select @ApplicationId, l.id, true from job_listings l where l.id = @JobId and l.organization_id = @OrganizationId
            on conflict (application_id) do update set shortlisted = true
            """, new { m.ApplicationId, m.JobId, m.OrganizationId }, transaction);
        if (marked > 0)
        {
            await ApplicationCounter.RecountAsync(connection, transaction, m.JobId);
        }
    }
}
