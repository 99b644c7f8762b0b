using Dapper;
using Marketplace.Contracts.Matching;
using Marketplace.ServiceDefaults.Messaging;
using MassTransit;
using Npgsql;

namespace Marketplace.Applications.Api.Consumers;

/// <summary>Matching's score of an application, for sorting the employer's list; a re-score replaces an older one only.</summary>
public sealed class ApplicationScoredConsumer(NpgsqlDataSource dataSource)
    : IdempotentConsumer<ApplicationScored>(dataSource)
{
    protected override Task HandleAsync(ConsumeContext<ApplicationScored> context, NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        var m = context.Message;
        var score = Math.Clamp(m.Score, 0m, 100m);
        return connection.ExecuteAsync("""
            insert into application_scores (application_id, score, matched_skills, missing_skills, scored_at)
            values (@ApplicationId, @Score, @Matched, @Missing, @OccurredAt)
            on conflict (application_id) do update set
                score = excluded.score, matched_skills = excluded.matched_skills, missing_skills = excluded.missing_skills,
                scored_at = excluded.scored_at
            where application_scores.scored_at <= excluded.scored_at
            """,
            new { m.ApplicationId, Score = score, Matched = (m.MatchedSkills ?? []).ToArray(), Missing = (m.MissingSkills ?? []).ToArray(), m.OccurredAt },
            transaction);
    }
}
