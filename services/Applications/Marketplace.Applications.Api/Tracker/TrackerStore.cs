using Dapper;
using Npgsql;

namespace Marketplace.Applications.Api.Tracker;

/// <summary>The tracker's SQL. Every statement is scoped to the owner, so someone else's tracked job is simply not found.</summary>
public sealed class TrackerStore(NpgsqlDataSource dataSource)
{
    public async Task<TrackedJobRow> InsertAsync(Guid owner, TrackedJobRequest r, string status, DateTimeOffset now, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.QuerySingleAsync<TrackedJobRow>(new CommandDefinition($"""
            insert into tracked_jobs as t (id, owner_user_id, company, title, url, location, salary_text, source, channel, status,
                                        last_activity_at, created_at, updated_at)
            values (@Id, @Owner, @Company, @Title, @Url, @Location, @SalaryText, @Source, @Channel, @Status, @Now, @Now, @Now)
            returning {TrackedJobRow.Columns}
            """,
            new
            {
                Id = Guid.CreateVersion7(), Owner = owner, Company = r.Company!.Trim(), Title = r.Title!.Trim(), Url = r.Url?.Trim(),
                Location = r.Location?.Trim(), SalaryText = r.SalaryText?.Trim(), Source = r.Source?.Trim(), Channel = r.Channel?.Trim().ToLowerInvariant(),
                Status = status, Now = now,
            }, cancellationToken: ct));
    }

    public async Task<TrackedJobRow?> GetAsync(Guid owner, Guid id, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<TrackedJobRow>(new CommandDefinition(
            $"select {TrackedJobRow.Columns} from tracked_jobs t where t.id = @Id and t.owner_user_id = @Owner",
            new { Id = id, Owner = owner }, cancellationToken: ct));
    }

    public async Task<(List<TrackedJobRow> Rows, long Total)> ListAsync(Guid owner, string? status, int limit, long offset, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var parameters = new { Owner = owner, Status = status, Limit = limit, Offset = offset };
        const string where = "where t.owner_user_id = @Owner and (@Status::text is null or t.status = @Status)";
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition($"select count(*) from tracked_jobs t {where}", parameters, cancellationToken: ct));
        var rows = await connection.QueryAsync<TrackedJobRow>(new CommandDefinition(
            $"select {TrackedJobRow.Columns} from tracked_jobs t {where} order by t.last_activity_at desc, t.id limit @Limit offset @Offset",
            parameters, cancellationToken: ct));
        return (rows.ToList(), total);
    }

    public async Task<TrackedJobRow?> UpdateAsync(Guid owner, Guid id, TrackedJobRequest r, DateTimeOffset now, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<TrackedJobRow>(new CommandDefinition($"""
            update tracked_jobs t set
                company = coalesce(@Company, company), title = coalesce(@Title, title), url = coalesce(@Url, url),
                location = coalesce(@Location, location), salary_text = coalesce(@SalaryText, salary_text),
                source = coalesce(@Source, source), channel = coalesce(@Channel, channel),
                last_activity_at = @Now, updated_at = @Now
            where t.id = @Id and t.owner_user_id = @Owner
            returning {TrackedJobRow.Columns}
            """,
            new
            {
                Id = id, Owner = owner, Company = r.Company?.Trim(), Title = r.Title?.Trim(), Url = r.Url?.Trim(), Location = r.Location?.Trim(),
                SalaryText = r.SalaryText?.Trim(), Source = r.Source?.Trim(), Channel = r.Channel?.Trim().ToLowerInvariant(), Now = now,
            }, cancellationToken: ct));
    }

    /// <summary>Moves the job if it is still in <paramref name="expectedFrom"/> (a concurrent move makes this return null).</summary>
    public async Task<TrackedJobRow?> MoveAsync(Guid owner, Guid id, string expectedFrom, string to, string? closedReason, DateTimeOffset now, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<TrackedJobRow>(new CommandDefinition($"""
            update tracked_jobs t set status = @To, closed_reason = @ClosedReason, last_activity_at = @Now, updated_at = @Now
            where t.id = @Id and t.owner_user_id = @Owner and t.status = @From
            returning {TrackedJobRow.Columns}
            """, new { Id = id, Owner = owner, From = expectedFrom, To = to, ClosedReason = closedReason, Now = now }, cancellationToken: ct));
    }

    public async Task<bool> DeleteAsync(Guid owner, Guid id, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition(
            "delete from tracked_jobs where id = @Id and owner_user_id = @Owner", new { Id = id, Owner = owner }, cancellationToken: ct)) > 0;
    }

    public async Task<NoteRow?> AddNoteAsync(Guid owner, Guid id, string text, DateTimeOffset now, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<NoteRow>(new CommandDefinition("""
            with owned as (
                update tracked_jobs set last_activity_at = @Now, updated_at = @Now where id = @Id and owner_user_id = @Owner returning id
            )
            insert into tracked_job_notes (id, tracked_job_id, body, created_at)
            select @NoteId, id, @Text, @Now from owned
            returning id, body, created_at
            """, new { Id = id, Owner = owner, NoteId = Guid.CreateVersion7(), Text = text, Now = now }, cancellationToken: ct));
    }

    public async Task<List<NoteRow>> NotesAsync(Guid id, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return (await connection.QueryAsync<NoteRow>(new CommandDefinition(
            "select id, body, created_at from tracked_job_notes where tracked_job_id = @Id order by created_at, id",
            new { Id = id }, cancellationToken: ct))).ToList();
    }

    public async Task<TrackedJobRow?> FollowUpAsync(Guid owner, Guid id, DateTimeOffset now, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<TrackedJobRow>(new CommandDefinition($"""
            update tracked_jobs t set follow_up_count = follow_up_count + 1, last_follow_up_at = @Now, last_activity_at = @Now, updated_at = @Now
            where t.id = @Id and t.owner_user_id = @Owner
            returning {TrackedJobRow.Columns}
            """, new { Id = id, Owner = owner, Now = now }, cancellationToken: ct));
    }

    public async Task<List<TrackedJobRow>> StaleAsync(Guid owner, int days, DateTimeOffset now, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return (await connection.QueryAsync<TrackedJobRow>(new CommandDefinition($"""
            select {TrackedJobRow.Columns} from tracked_jobs t
            where t.owner_user_id = @Owner and t.status in ('tracking', 'applied')
              and t.last_activity_at <= @Now - make_interval(days => @Days)
            order by t.last_activity_at, t.id
            limit 200
            """, new { Owner = owner, Days = days, Now = now }, cancellationToken: ct))).ToList();
    }

    public async Task<List<(string Status, string? Reason, long Count)>> SummaryAsync(Guid owner, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return (await connection.QueryAsync<(string, string?, long)>(new CommandDefinition(
            "select status, closed_reason, count(*) from tracked_jobs where owner_user_id = @Owner group by status, closed_reason",
            new { Owner = owner }, cancellationToken: ct))).ToList();
    }

    public async Task<List<string>> CompaniesAsync(Guid owner, string prefix, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        // The prefix is matched literally: LIKE's wildcards in it are escaped.
        var pattern = prefix.ToLowerInvariant().Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
        return (await connection.QueryAsync<string>(new CommandDefinition("""
            select min(company) from tracked_jobs
            where owner_user_id = @Owner and lower(company) like @Pattern
            group by lower(company) order by lower(company) limit 10
            """, new { Owner = owner, Pattern = pattern }, cancellationToken: ct))).ToList();
    }

    public async Task<StageRow?> AddStageAsync(Guid owner, Guid id, StageRequest r, DateTimeOffset now, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var stage = await connection.QuerySingleOrDefaultAsync<StageRow>("""
            with owned as (
                update tracked_jobs set last_activity_at = @Now, updated_at = @Now where id = @Id and owner_user_id = @Owner returning id
            )
            insert into tracked_interview_stages (id, tracked_job_id, name, stage_date, outcome, notes, created_at)
            select @StageId, id, @Name, @StageDate, @Outcome, @Notes, @Now from owned
            returning id, name, stage_date, outcome, notes, debrief::text as debrief
            """,
            new
            {
                Id = id, Owner = owner, StageId = Guid.CreateVersion7(), Name = r.Name!.Trim(), StageDate = r.StageDate?.ToUniversalTime(),
                Outcome = r.Outcome?.Trim().ToLowerInvariant() ?? "pending", Notes = r.Notes?.Trim(), Now = now,
            }, transaction);
        if (stage is not null)
        {
            foreach (var contact in r.Contacts ?? [])
            {
                await InsertContactAsync(connection, transaction, stage.Id, contact!);
            }
        }

        await transaction.CommitAsync(ct);
        return stage;
    }

    public async Task<StageRow?> UpdateStageAsync(Guid owner, Guid id, Guid stageId, StageUpdateRequest r, string? debrief, DateTimeOffset now, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<StageRow>(new CommandDefinition("""
            with owned as (
                update tracked_jobs set last_activity_at = @Now, updated_at = @Now where id = @Id and owner_user_id = @Owner returning id
            )
            update tracked_interview_stages s set
                stage_date = coalesce(@StageDate, s.stage_date), outcome = coalesce(@Outcome, s.outcome),
                notes = coalesce(@Notes, s.notes), debrief = coalesce(@Debrief::jsonb, s.debrief)
            from owned
            where s.id = @StageId and s.tracked_job_id = owned.id
            returning s.id, s.name, s.stage_date, s.outcome, s.notes, s.debrief::text as debrief
            """,
            new
            {
                Id = id, Owner = owner, StageId = stageId, StageDate = r.StageDate?.ToUniversalTime(), Outcome = r.Outcome?.Trim().ToLowerInvariant(),
                Notes = r.Notes?.Trim(), Debrief = debrief, Now = now,
            }, cancellationToken: ct));
    }

    public async Task<ContactRow?> AddContactAsync(Guid owner, Guid id, Guid stageId, ContactRequest contact, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var owned = await connection.ExecuteScalarAsync<bool>("""
            select exists (select 1 from tracked_interview_stages s join tracked_jobs t on t.id = s.tracked_job_id
                           where s.id = @StageId and t.id = @Id and t.owner_user_id = @Owner)
            """, new { StageId = stageId, Id = id, Owner = owner }, transaction);
        var row = owned ? await InsertContactAsync(connection, transaction, stageId, contact) : null;
        await transaction.CommitAsync(ct);
        return row;
    }

    public async Task<(List<StageRow> Stages, List<ContactRow> Contacts)> StagesAsync(Guid id, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var stages = (await connection.QueryAsync<StageRow>(new CommandDefinition("""
            select id, name, stage_date, outcome, notes, debrief::text as debrief from tracked_interview_stages
            where tracked_job_id = @Id order by stage_date nulls last, created_at, id
            """, new { Id = id }, cancellationToken: ct))).ToList();
        var contacts = (await connection.QueryAsync<ContactRow>(new CommandDefinition("""
            select c.id, c.stage_id, c.name, c.role, c.email, c.phone, c.linkedin_url
            from tracked_contacts c join tracked_interview_stages s on s.id = c.stage_id
            where s.tracked_job_id = @Id order by c.created_at, c.id
            """, new { Id = id }, cancellationToken: ct))).ToList();
        return (stages, contacts);
    }

    private static Task<ContactRow> InsertContactAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid stageId, ContactRequest c) =>
        connection.QuerySingleAsync<ContactRow>("""
            insert into tracked_contacts (id, stage_id, name, role, email, phone, linkedin_url)
            values (@Id, @StageId, @Name, @Role, @Email, @Phone, @LinkedinUrl)
            returning id, stage_id, name, role, email, phone, linkedin_url
            """,
            new
            {
                Id = Guid.CreateVersion7(), StageId = stageId, Name = c.Name!.Trim(), Role = c.Role?.Trim(), Email = c.Email?.Trim(),
                Phone = c.Phone?.Trim(), LinkedinUrl = c.LinkedinUrl?.Trim(),
            }, transaction);
}
