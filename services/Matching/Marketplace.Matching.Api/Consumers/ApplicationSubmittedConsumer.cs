using System.Text.Json;
using Dapper;
using Marketplace.Contracts.Applications;
using Marketplace.Contracts.Matching;
using Marketplace.Embeddings;
using Marketplace.Matching.Api.Data;
using Marketplace.Matching.Api.Domain;
using Marketplace.ServiceDefaults.Messaging;
using Marketplace.ServiceDefaults.Outbox;
using MassTransit;
using Npgsql;

namespace Marketplace.Matching.Api.Consumers;

/// <summary>
/// Applicant ranking: the application's frozen snapshot is scored against the job and ApplicationScored published
/// (Applications sorts applicants by it). The applicant's own match is marked applied, so recommendations skip it.
/// A job Matching has not heard of yet is retried (its JobListingPublished may still be on the way).
/// </summary>
public sealed class ApplicationSubmittedConsumer(NpgsqlDataSource dataSource, IEmbeddingProvider embeddings, TimeProvider clock)
    : IdempotentConsumer<ApplicationSubmitted>(dataSource)
{
    protected override async Task HandleAsync(ConsumeContext<ApplicationSubmitted> context, NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        var m = context.Message;
        var job = await JobStore.GetAsync(connection, transaction, m.JobId, embeddings.Model, context.CancellationToken)
            ?? throw new InvalidOperationException($"Job {m.JobId} is not known to Matching yet.");
        var applicant = m.Applicant;
        var facts = new CandidateFacts
        {
            CurrentTitle = applicant.CurrentTitle,
            Skills = applicant.Skills,
            Certifications = applicant.Certifications.Select(c => new Certification(c.Name, c.Issuer, null, c.ExpiresOn)).ToList(),
            YearsExperience = applicant.YearsExperience,
            City = applicant.City,
            StateProvince = applicant.StateProvince,
            Latitude = applicant.Latitude,
            Longitude = applicant.Longitude,
        };
        var result = MatchScorer.Score(facts, job.ToFacts(), DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        await connection.ExecuteAsync(new CommandDefinition("""
            insert into application_scores (application_id, job_id, applicant_user_id, score, components)
            values (@ApplicationId, @JobId, @ApplicantUserId, @Score, @Components::jsonb)
            on conflict (application_id) do update set score = excluded.score, components = excluded.components, scored_at = now();
            update matches set status = 'applied'
            where job_id = @JobId and candidate_id in (select id from candidate_profiles where user_id = @ApplicantUserId);
            """,
            new { m.ApplicationId, m.JobId, m.ApplicantUserId, result.Score, Components = JsonSerializer.Serialize(result.Components) },
            transaction, cancellationToken: context.CancellationToken));
        await Outbox.EnqueueAsync(connection, transaction, new ApplicationScored(
            Guid.CreateVersion7(), clock.GetUtcNow(), m.ApplicationId, m.JobId, m.ApplicantUserId, result.Score, result.Components,
            result.MatchedSkills, result.MissingSkills, result.Reasons, result.Concerns));
    }
}
