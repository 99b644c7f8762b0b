using Dapper;
using Marketplace.Applications.Api.Domain;
using Marketplace.Applications.Api.Interviewing;
using Marketplace.Contracts.Applications;
using Marketplace.ServiceDefaults.Identity;
using Marketplace.ServiceDefaults.Outbox;
using Npgsql;

namespace Marketplace.Applications.Api.Data;

/// <summary>Reads and moves applications. Who may see one is a condition of the query (<see cref="Access"/>).</summary>
public sealed class ApplicationStore(NpgsqlDataSource dataSource)
{
    public async Task<ApplicationRow?> GetAsync(Guid id, Caller caller, string accessSql, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var parameters = new DynamicParameters(Access.Parameters(caller));
        parameters.Add("Id", id);
        return await connection.QuerySingleOrDefaultAsync<ApplicationRow>(new CommandDefinition(
            $"select {ApplicationRow.Columns} from {ApplicationRow.From} where a.id = @Id and {accessSql}",
            parameters, cancellationToken: cancellationToken));
    }

    /// <summary>The application locked for the rest of the transaction, when <paramref name="caller"/> passes <paramref name="accessSql"/>.</summary>
    public static Task<ApplicationRow?> LockAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid id, Caller caller, string accessSql)
    {
        var parameters = new DynamicParameters(Access.Parameters(caller));
        parameters.Add("Id", id);
        return connection.QuerySingleOrDefaultAsync<ApplicationRow>(
            $"select {ApplicationRow.Columns} from {ApplicationRow.From} where a.id = @Id and {accessSql} for update of a",
            parameters, transaction);
    }

    public static Task<ApplicationRow?> LockByIdAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid id) =>
        connection.QuerySingleOrDefaultAsync<ApplicationRow>(
            $"select {ApplicationRow.Columns} from {ApplicationRow.From} where a.id = @Id for update of a", new { Id = id }, transaction);

    /// <summary>
    /// Moves the application to <paramref name="to"/>, keeps the move in its history and stores ApplicationStatusChanged,
    /// all in the caller's transaction. The caller has checked the move with <see cref="ApplicationStatusMachine"/>.
    /// </summary>
    public static async Task MoveAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, ApplicationRow application, ApplicationStatus to,
        Guid? actor, string? reason, string? feedback, DateTimeOffset now)
    {
        var toText = SnakeCase.Of(to);
        await connection.ExecuteAsync("""
            update applications set
                status = @To,
                viewed_at = case when @To = 'viewed' then coalesce(viewed_at, @Now) else viewed_at end,
                shortlisted_at = case when @To = 'shortlisted' then coalesce(shortlisted_at, @Now) else shortlisted_at end,
                rejection_reason = case when @To = 'rejected' then @Reason else rejection_reason end,
                rejection_feedback = case when @To = 'rejected' then @Feedback else rejection_feedback end,
                updated_at = @Now
            where id = @Id;
            insert into application_status_history (application_id, from_status, to_status, actor_user_id, reason, changed_at)
            values (@Id, @From, @To, @Actor, @Reason, @Now);
            """,
            new { application.Id, From = application.Status, To = toText, Actor = actor, Reason = reason, Feedback = feedback, Now = now },
            transaction);
        await Outbox.EnqueueAsync(connection, transaction, new ApplicationStatusChanged(
            Guid.NewGuid(), now, application.Id, application.JobId, application.OrganizationId, application.ApplicantUserId,
            application.Status, toText, reason, actor));
    }

    public async Task<IReadOnlyList<HistoryRow>> HistoryAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<HistoryRow>(new CommandDefinition("""
            select from_status, to_status, actor_user_id, reason, changed_at
            from application_status_history where application_id = @Id order by id
            """, new { Id = id }, cancellationToken: cancellationToken))).ToList();
    }

    /// <summary>What interview questions are built from, from the listing read model.</summary>
    public async Task<JobProfile> JobProfileAsync(Guid jobId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var l = await connection.QuerySingleAsync<ListingRow>(new CommandDefinition(
            $"select {ListingRow.Columns} from listings l where l.listing_id = @JobId", new { JobId = jobId }, cancellationToken: cancellationToken));
        return new JobProfile(l.Title, l.JobCategory, l.RequiredSkills, l.RequiredCertifications, l.ManufacturerExperience);
    }
}
