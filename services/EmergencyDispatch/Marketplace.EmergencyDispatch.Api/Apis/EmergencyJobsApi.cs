using Marketplace.Contracts.EmergencyDispatch;
using Marketplace.EmergencyDispatch.Api.Broadcast;
using Marketplace.EmergencyDispatch.Api.Data;
using Marketplace.EmergencyDispatch.Api.Domain;
using Marketplace.ServiceDefaults.Identity;
using Marketplace.ServiceDefaults.Outbox;
using Marketplace.ServiceDefaults.ReferenceData;
using Marketplace.EmergencyDispatch.Api.Extensions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marketplace.EmergencyDispatch.Api.Apis;

public static class EmergencyJobsApi
{
    public static IEndpointRouteBuilder MapEmergencyJobsApi(this IEndpointRouteBuilder app)
    {
        var jobs = app.MapGroup("/api/v1/emergency-jobs").WithTags("EmergencyJobs");
        jobs.MapGet("/", NearAsync).RequireAuthorization(DispatchPolicies.Member).WithName("ListNearbyEmergencyJobs").WithSummary("Open emergency jobs near a point, nearest first");
        jobs.MapPost("/", CreateAsync).RequireAuthorization(DispatchPolicies.Dispatcher).WithName("PostEmergencyJob").WithSummary("Post an emergency job and broadcast it");
        jobs.MapGet("/{id:guid}", GetAsync).RequireAuthorization(DispatchPolicies.Member).WithName("GetEmergencyJob").WithSummary("The job, with answers, notices and waves for its owner");
        jobs.MapPost("/{id:guid}/respond", RespondAsync).RequireAuthorization(DispatchPolicies.Technician).WithName("RespondToEmergencyJob").WithSummary("A notified technician answers");
        jobs.MapPost("/{id:guid}/assign", AssignAsync).RequireAuthorization(DispatchPolicies.Dispatcher).WithName("AssignEmergencyJob").WithSummary("Assign a technician who answered available");
        jobs.MapPost("/{id:guid}/cancel", CancelAsync).RequireAuthorization(DispatchPolicies.Dispatcher).WithName("CancelEmergencyJob").WithSummary("Cancel an open job");
        return app;
    }

    public static async Task<Results<Ok<PagedResult<EmergencyJobResponse>>, ValidationProblem>> NearAsync(
        [AsParameters] NearbyJobsParameters query, Caller caller, EmergencyJobStore jobs, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.Range("near_lat", query.NearLat, -90, 90, required: true);
        errors.Range("near_lng", query.NearLng, -180, 180, required: true);
        errors.Range("radius_miles", query.RadiusMiles, 0.1, Limits.MaxBroadcastRadiusMiles);
        errors.Check(query.Page is not { } p || p is >= 1 and <= 10_000, "page", "page is 1 to 10000.");
        errors.Check(query.PageSize is not { } s || s is >= 1 and <= 100, "page_size", "page_size is 1 to 100.");
        errors.Text("categories", query.Categories, 1000);
        var categories = new List<string>();
        foreach (var name in (query.Categories ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (SnakeCase.TryParse<JobCategory>(name, out var category))
            {
                categories.Add(SnakeCase.Of(category));
            }
            else
            {
                errors.Add("categories", $"categories are comma-separated, each one of: {SnakeCase.Names<JobCategory>()}.");
                break;
            }
        }

        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        int page = query.Page ?? 1, pageSize = query.PageSize ?? 20;
        var (items, total) = await jobs.NearAsync(query.NearLat!.Value, query.NearLng!.Value, query.RadiusMiles ?? 25,
            categories.Count == 0 ? null : categories.ToArray(), query.Date, caller, page, pageSize, cancellationToken);
        return TypedResults.Ok(new PagedResult<EmergencyJobResponse>(
            items.Select(j => EmergencyJobResponse.From(j)).ToList(), total, page, pageSize, (long)page * pageSize < total));
    }

    public static async Task<Results<Created<EmergencyJobResponse>, ValidationProblem>> CreateAsync(
        EmergencyJobRequest request, Caller caller, [AsParameters] DispatchServices services, CancellationToken cancellationToken)
    {
        var now = services.Time.GetUtcNow();
        var (write, errors) = JobValidator.Validate(request, caller, now, services.Services.GetRequiredService<UsGeocoder>);
        if (write is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        await using var connection = await services.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var job = await EmergencyJobStore.InsertAsync(connection, transaction, Guid.CreateVersion7(), caller.OrganizationId!.Value, caller.UserId!.Value, write, now);
        var wave = await services.Broadcaster.RunWaveAsync(connection, transaction, job, 1, now, cancellationToken);
        job = (await EmergencyJobStore.LockAsync(connection, transaction, job.Id))!;
        await Outbox.EnqueueAsync(connection, transaction, new EmergencyJobPosted(Guid.NewGuid(), now, job.Id, job.OrganizationId, JobSnapshots.From(job)));
        await transaction.CommitAsync(cancellationToken);

        await services.Board.PublishAsync(BoardPayloads.For(BoardPayloads.NewJob, job, wave.Notified));
        return TypedResults.Created($"/api/v1/emergency-jobs/{job.Id}", EmergencyJobResponse.From(job));
    }

    public static async Task<Results<Ok<EmergencyJobResponse>, NotFound>> GetAsync(
        Guid id, Caller caller, EmergencyJobStore jobs, CancellationToken cancellationToken)
    {
        var job = await jobs.GetVisibleAsync(id, caller, cancellationToken);
        if (job is null)
        {
            return TypedResults.NotFound();
        }

        if (job.OrganizationId != caller.OrganizationId)
        {
            return TypedResults.Ok(EmergencyJobResponse.From(job));
        }

        var (notifications, responses, waves) = await jobs.DetailsAsync(id, cancellationToken);
        return TypedResults.Ok(EmergencyJobResponse.From(job, responses, notifications, waves));
    }

    public static async Task<Results<Ok<RespondResult>, ValidationProblem, NotFound, ProblemHttpResult>> RespondAsync(
        Guid id, RespondRequest request, Caller caller, [AsParameters] DispatchServices services, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.Check(request.Available is not null, "available", "available is required.");
        errors.Check(request.EtaMinutes is not { } eta || eta is >= 0 and <= 1440, "eta_minutes", "eta_minutes is 0 to 1440.");
        errors.Text("message", request.Message, 1000);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var now = services.Time.GetUtcNow();
        var userId = caller.UserId!.Value;
        await using var connection = await services.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var job = await EmergencyJobStore.LockAsync(connection, transaction, id);
        var notice = job is null ? null : await EmergencyJobStore.NotificationAsync(connection, transaction, id, caller);
        if (job is null || notice is null)
        {
            return TypedResults.NotFound();
        }

        if (job.Status != "open")
        {
            return DispatchProblems.Conflict($"The job is {job.Status}.");
        }

        var available = request.Available!.Value;
        var seconds = Math.Max(0, (now - notice.NotifiedAt).TotalSeconds);
        var message = request.Message?.Trim();
        if (!await EmergencyJobStore.InsertResponseAsync(connection, transaction, id, userId, available, request.EtaMinutes, message, now, seconds))
        {
            return DispatchProblems.Conflict("You have already answered this job.");
        }

        await AvailabilityStore.RecordResponseAsync(connection, transaction, userId, seconds);
        await Outbox.EnqueueAsync(connection, transaction, new EmergencyJobResponded(
            Guid.NewGuid(), now, id, job.OrganizationId, userId, available, request.EtaMinutes, TimeSpan.FromSeconds(seconds)));

        EmergencyJobRow? filled = null;
        if (available && job.FirstAccept)
        {
            filled = await FillAsync(connection, transaction, id, userId, firstAccept: true, now, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        if (filled is not null)
        {
            await PublishEndAsync(services, connection, BoardPayloads.Filled, filled, cancellationToken);
        }

        var response = new ResponseView(userId, available, request.EtaMinutes, message, now, seconds, notice.EquipmentMatch);
        return TypedResults.Ok(new RespondResult(id, response, filled is not null, filled?.Status ?? job.Status));
    }

    public static async Task<Results<Ok<EmergencyJobResponse>, ValidationProblem, NotFound, ProblemHttpResult>> AssignAsync(
        Guid id, AssignRequest request, Caller caller, [AsParameters] DispatchServices services, CancellationToken cancellationToken)
    {
        if (request.TechnicianUserId is not { } technicianId)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["technician_user_id"] = ["technician_user_id is required."] });
        }

        var now = services.Time.GetUtcNow();
        await using var connection = await services.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (!await EmergencyJobStore.ExistsForOrganizationAsync(connection, transaction, id, caller.OrganizationId!.Value))
        {
            return TypedResults.NotFound();
        }

        var answer = await EmergencyJobStore.ResponseAsync(connection, transaction, id, technicianId);
        if (answer is not { Available: true })
        {
            return DispatchProblems.Conflict("Only a technician who answered available can be assigned.");
        }

        var filled = await FillAsync(connection, transaction, id, technicianId, firstAccept: false, now, cancellationToken);
        if (filled is null)
        {
            return DispatchProblems.Conflict("The job is no longer open.");
        }

        await transaction.CommitAsync(cancellationToken);
        await PublishEndAsync(services, connection, BoardPayloads.Filled, filled, cancellationToken);
        return TypedResults.Ok(EmergencyJobResponse.From(filled));
    }

    public static async Task<Results<Ok<EmergencyJobResponse>, ValidationProblem, NotFound, ProblemHttpResult>> CancelAsync(
        Guid id, CancelRequest? request, Caller caller, [AsParameters] DispatchServices services, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.Text("reason", request?.Reason, 500);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var now = services.Time.GetUtcNow();
        await using var connection = await services.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var cancelled = await EmergencyJobStore.CancelAsync(connection, transaction, id, caller.OrganizationId!.Value, request?.Reason?.Trim(), now);
        if (cancelled is null)
        {
            return await EmergencyJobStore.ExistsForOrganizationAsync(connection, transaction, id, caller.OrganizationId!.Value)
                ? DispatchProblems.Conflict("The job is no longer open.")
                : TypedResults.NotFound();
        }

        var notified = await EmergencyJobStore.NotifiedAsync(connection, transaction, id);
        await Outbox.EnqueueAsync(connection, transaction, new EmergencyJobCancelled(
            Guid.NewGuid(), now, id, cancelled.OrganizationId, cancelled.CancelReason, JobSnapshots.From(cancelled)));
        await Broadcaster.TellNotifiedAsync(connection, transaction, cancelled, notified, "emergency_job_cancelled", "Job cancelled", now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await services.Board.PublishAsync(BoardPayloads.For(BoardPayloads.Cancelled, cancelled, notified.Select(n => n.UserId).ToList()));
        return TypedResults.Ok(EmergencyJobResponse.From(cancelled));
    }

    /// <summary>open → filled (one of any concurrent attempts wins), with EmergencyJobAssigned, EmergencyJobFilled and the notices.</summary>
    private static async Task<EmergencyJobRow?> FillAsync(
        Npgsql.NpgsqlConnection connection, Npgsql.NpgsqlTransaction transaction, Guid id, Guid technicianId, bool firstAccept,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var filled = await EmergencyJobStore.FillAsync(connection, transaction, id, technicianId, now);
        if (filled is null)
        {
            return null;
        }

        await Outbox.EnqueueAsync(connection, transaction, new EmergencyJobAssigned(Guid.NewGuid(), now, id, filled.OrganizationId, technicianId, firstAccept));
        await Outbox.EnqueueAsync(connection, transaction, new EmergencyJobFilled(
            Guid.NewGuid(), now, id, filled.OrganizationId, technicianId, now - filled.PostedAt, JobSnapshots.From(filled)));
        var notified = await EmergencyJobStore.NotifiedAsync(connection, transaction, id);
        await Broadcaster.TellNotifiedAsync(connection, transaction, filled, notified, "emergency_job_filled", "Job filled", now, cancellationToken);
        return filled;
    }

    private static async Task PublishEndAsync(
        DispatchServices services, Npgsql.NpgsqlConnection connection, string type, EmergencyJobRow job, CancellationToken cancellationToken)
    {
        await using var read = await connection.BeginTransactionAsync(cancellationToken);
        var notified = await EmergencyJobStore.NotifiedAsync(connection, read, job.Id);
        await read.CommitAsync(cancellationToken);
        await services.Board.PublishAsync(BoardPayloads.For(type, job, notified.Select(n => n.UserId).ToList()));
    }
}
