using System.Text.Json;
using Dapper;
using Marketplace.Contracts.Matching;
using Marketplace.Contracts.Notifications;
using Marketplace.Embeddings;
using Marketplace.Matching.Api.Data;
using Marketplace.Matching.Api.Domain;
using Marketplace.ServiceDefaults.Outbox;
using Npgsql;

namespace Marketplace.Matching.Api.Matching;

/// <summary>
/// Computes and stores matches for a job (against every candidate it may reach) or for a profile (against every
/// active job), records the run, and announces each (candidate, job) that crosses the threshold exactly once:
/// match_notices is the guard, written in the same transaction as the outbox rows.
/// </summary>
public sealed class MatchEngine(IEmbeddingProvider embeddings, TimeProvider clock)
{
    /// <summary>Matches below this are not kept (a job against 100,000 profiles must not write 100,000 rows).</summary>
    public const decimal StoreFloor = 30m;

    private const int TopScores = 10;

    public async Task<int> MatchJobAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid jobId, string trigger, CancellationToken cancellationToken)
    {
        var job = await JobStore.GetAsync(connection, transaction, jobId, embeddings.Model, cancellationToken);
        if (job is null || job.Status != "active")
        {
            return 0;
        }

        var runId = Guid.CreateVersion7();
        await connection.ExecuteAsync(new CommandDefinition("""
            insert into matching_runs (id, job_id, trigger, status) values (@RunId, @JobId, @Trigger, 'running');
            update job_requirements set matching_status = 'running' where listing_id = @JobId;
            """, new { RunId = runId, JobId = jobId, Trigger = trigger }, transaction, cancellationToken: cancellationToken));

        // Imported postings go to the candidates linked to the posting's role, as the role-based scrape queue intends.
        var candidates = await ProfileStore.ListForMatchingAsync(connection, transaction, embeddings.Model, job.IsExternal ? job.RoleId ?? Guid.Empty : null, cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var facts = job.ToFacts();
        var scored = candidates.Select(c => (Candidate: c, Job: job, Result: MatchScorer.Score(c.ToFacts(), facts, today))).ToList();
        var kept = await StoreAsync(connection, transaction, scored, keepCandidates: true, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("""
            delete from matches where job_id = @JobId and status = 'suggested' and not (candidate_id = any(@Kept));
            update matching_runs set status = 'completed', candidates_scored = @Scored, recommended_count = @Recommended, finished_at = now() where id = @RunId;
            update job_requirements set matching_status = 'completed' where listing_id = @JobId;
            """, new { JobId = jobId, Kept = kept.ToArray(), Scored = scored.Count, Recommended = scored.Count(s => s.Result.IsRecommended), RunId = runId },
            transaction, cancellationToken: cancellationToken));

        var top = scored.OrderByDescending(s => s.Result.Score).Take(TopScores)
            .Select(s => new CandidateScore(s.Candidate.Id, s.Candidate.UserId, s.Result.Score)).ToList();
        await Outbox.EnqueueAsync(connection, transaction, new MatchScoresComputed(
            Guid.CreateVersion7(), clock.GetUtcNow(), jobId, job.IsExternal, scored.Count, scored.Count(s => s.Result.IsRecommended), top));
        return scored.Count;
    }

    public async Task<int> MatchProfileAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid candidateId, string trigger, CancellationToken cancellationToken)
    {
        var profile = await ProfileStore.GetForMatchingAsync(connection, transaction, candidateId, embeddings.Model, cancellationToken);
        if (profile is null)
        {
            return 0;
        }

        var runId = Guid.CreateVersion7();
        await connection.ExecuteAsync(new CommandDefinition(
            "insert into matching_runs (id, candidate_id, trigger, status) values (@RunId, @CandidateId, @Trigger, 'running')",
            new { RunId = runId, CandidateId = candidateId, Trigger = trigger }, transaction, cancellationToken: cancellationToken));
        var jobs = await JobStore.ListActiveForCandidateAsync(connection, transaction, candidateId, embeddings.Model, cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var facts = profile.ToFacts();
        var scored = jobs.Select(j => (Candidate: profile, Job: j, Result: MatchScorer.Score(facts, j.ToFacts(), today))).ToList();
        var kept = await StoreAsync(connection, transaction, scored, keepCandidates: false, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("""
            delete from matches where candidate_id = @CandidateId and status = 'suggested' and not (job_id = any(@Kept));
            update candidate_profiles set needs_match = false where id = @CandidateId;
            update matching_runs set status = 'completed', candidates_scored = @Scored, recommended_count = @Recommended, finished_at = now() where id = @RunId;
            """, new { CandidateId = candidateId, Kept = kept.ToArray(), Scored = scored.Count, Recommended = scored.Count(s => s.Result.IsRecommended), RunId = runId },
            transaction, cancellationToken: cancellationToken));
        return scored.Count;
    }

    /// <summary>Upserts the matches worth keeping and announces new recommendations; answers the ids kept on the other side.</summary>
    private async Task<List<Guid>> StoreAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, List<(ProfileRow Candidate, JobRow Job, MatchResult Result)> scored,
        bool keepCandidates, CancellationToken cancellationToken)
    {
        var kept = new List<Guid>();
        foreach (var (candidate, job, result) in scored)
        {
            if (result.Score < StoreFloor)
            {
                continue;
            }

            kept.Add(keepCandidates ? candidate.Id : job.ListingId);
            await connection.ExecuteAsync(new CommandDefinition("""
                insert into matches (candidate_id, job_id, score, components, matched_skills, missing_skills, reasons, concerns,
                                     recommendations, is_recommended, computed_at)
                values (@CandidateId, @JobId, @Score, @Components::jsonb, @MatchedSkills, @MissingSkills, @Reasons, @Concerns,
                        @Recommendations, @IsRecommended, now())
                on conflict (candidate_id, job_id) do update set
                    score = excluded.score, components = excluded.components, matched_skills = excluded.matched_skills,
                    missing_skills = excluded.missing_skills, reasons = excluded.reasons, concerns = excluded.concerns,
                    recommendations = excluded.recommendations, is_recommended = excluded.is_recommended, computed_at = now()
                """, Parameters(candidate.Id, job.ListingId, result), transaction, cancellationToken: cancellationToken));

            if (result.IsRecommended)
            {
                await AnnounceOnceAsync(connection, transaction, candidate, job, result, cancellationToken);
            }
        }

        return kept;
    }

    private async Task AnnounceOnceAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, ProfileRow candidate, JobRow job, MatchResult result, CancellationToken cancellationToken)
    {
        var first = await connection.ExecuteAsync(new CommandDefinition(
            "insert into match_notices (candidate_id, job_id) values (@CandidateId, @JobId) on conflict do nothing",
            new { CandidateId = candidate.Id, JobId = job.ListingId }, transaction, cancellationToken: cancellationToken));
        if (first == 0)
        {
            return;
        }

        var now = clock.GetUtcNow();
        await Outbox.EnqueueAsync(connection, transaction, new CandidateRecommended(
            Guid.CreateVersion7(), now, candidate.Id, candidate.UserId, job.ListingId, job.IsExternal, result.Score, result.Reasons));
        if (candidate.UserId is { } userId && candidate.NotificationChannel != "none")
        {
            var where = job.City is { Length: > 0 } city ? $" in {city}" : "";
            await Outbox.EnqueueAsync(connection, transaction, new NotificationRequested(
                Guid.CreateVersion7(), now, "matching", userId, candidate.NotificationChannel, "job_recommended",
                $"A job that fits you: {job.Title}",
                $"{job.Title}{where} matches your profile ({result.Score:0}/100). {string.Join(". ", result.Reasons.Take(3))}.",
                new Dictionary<string, string>
                {
                    ["job_id"] = job.ListingId.ToString(),
                    ["score"] = result.Score.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["is_external"] = job.IsExternal ? "true" : "false",
                },
                $"job_recommended:{candidate.Id}:{job.ListingId}"));
        }
    }

    internal static object Parameters(Guid candidateId, Guid jobId, MatchResult result) => new
    {
        CandidateId = candidateId,
        JobId = jobId,
        result.Score,
        Components = JsonSerializer.Serialize(result.Components),
        MatchedSkills = result.MatchedSkills.ToArray(),
        MissingSkills = result.MissingSkills.ToArray(),
        Reasons = result.Reasons.ToArray(),
        Concerns = result.Concerns.ToArray(),
        Recommendations = result.Recommendations.ToArray(),
        result.IsRecommended,
    };
}
