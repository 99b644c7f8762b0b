using Dapper;
using Npgsql;

namespace Marketplace.Applications.Api.Data;

/// <summary>An application's interviews: scheduled, then completed, cancelled or no_show.</summary>
public static class InterviewStore
{
    private const string Columns = """
        id, application_id, interview_type, scheduled_at, duration_minutes, location, interviewers, status, rating, feedback::text as feedback
        """;

    public static async Task<IReadOnlyList<InterviewRow>> ListAsync(NpgsqlConnection connection, Guid applicationId, CancellationToken cancellationToken) =>
        (await connection.QueryAsync<InterviewRow>(new CommandDefinition(
            $"select {Columns} from interviews where application_id = @ApplicationId order by scheduled_at, id",
            new { ApplicationId = applicationId }, cancellationToken: cancellationToken))).ToList();

    public static Task<InterviewRow?> LockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid applicationId, Guid interviewId) =>
        connection.QuerySingleOrDefaultAsync<InterviewRow>(
            $"select {Columns} from interviews where id = @InterviewId and application_id = @ApplicationId for update",
            new { ApplicationId = applicationId, InterviewId = interviewId }, transaction);

    public static Task InsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, object interview) =>
        connection.ExecuteAsync("""
            insert into interviews (id, application_id, interview_type, scheduled_at, duration_minutes, location, interviewers, status, created_at, updated_at)
            values (@Id, @ApplicationId, @InterviewType, @ScheduledAt, @DurationMinutes, @Location, @Interviewers, 'scheduled', @Now, @Now)
            """, interview, transaction);

    public static Task<int> CancelOpenAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid applicationId, DateTimeOffset now) =>
        connection.ExecuteAsync(
            "update interviews set status = 'cancelled', updated_at = @Now where application_id = @ApplicationId and status = 'scheduled'",
            new { ApplicationId = applicationId, Now = now }, transaction);

    /// <summary>How many interviews are still scheduled, and whether any was completed.</summary>
    public static Task<(long Open, bool AnyCompleted)> TallyAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid applicationId) =>
        connection.QuerySingleAsync<(long, bool)>("""
            select count(*) filter (where status = 'scheduled'), coalesce(bool_or(status = 'completed'), false)
            from interviews where application_id = @ApplicationId
            """, new { ApplicationId = applicationId }, transaction);
}
