using System.Text.Json;
using Marketplace.Applications.Api.Apis;
using Marketplace.Applications.Api.Data;
using Marketplace.Applications.Api.Domain;
using Marketplace.Applications.Api.Interviewing;
using Marketplace.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;


namespace Marketplace.Applications.Api.Tracker;

/// <summary>
/// The candidate's own job tracker for jobs anywhere (issue 10): private to its owner — every query is scoped to the
/// caller, and someone else's tracked job answers 404.
/// </summary>
public static class TrackerApi
{
    public static IEndpointRouteBuilder MapTrackerApi(this IEndpointRouteBuilder app)
    {
        var tracker = app.MapGroup("/api/v1/tracker").WithTags("Job tracker").RequireAuthorization(Policies.SignedIn);
        tracker.MapPost("/jobs", CreateAsync).WithName("TrackJob").WithSummary("Track a job from anywhere");
        tracker.MapGet("/jobs", ListAsync).WithName("ListTrackedJobs").WithSummary("The caller's tracked jobs, most recently active first");
        tracker.MapGet("/jobs/{id:guid}", GetAsync).WithName("GetTrackedJob").WithSummary("A tracked job with its notes and interview stages");
        tracker.MapPatch("/jobs/{id:guid}", UpdateAsync).WithName("UpdateTrackedJob").WithSummary("Change a tracked job's details");
        tracker.MapDelete("/jobs/{id:guid}", DeleteAsync).WithName("DeleteTrackedJob").WithSummary("Stop tracking a job");
        tracker.MapPatch("/jobs/{id:guid}/status", MoveAsync).WithName("MoveTrackedJob").WithSummary("Tracking → Applied → Interview → Offer → Closed (with a reason)");
        tracker.MapPost("/jobs/{id:guid}/notes", AddNoteAsync).WithName("AddTrackerNote").WithSummary("Add a timestamped note");
        tracker.MapGet("/jobs/{id:guid}/notes", NotesAsync).WithName("ListTrackerNotes").WithSummary("The notes, oldest first");
        tracker.MapPost("/jobs/{id:guid}/follow-ups", FollowUpAsync).WithName("RecordFollowUp").WithSummary("Record a follow-up (count and last date)");
        tracker.MapPost("/jobs/{id:guid}/stages", AddStageAsync).WithName("AddInterviewStage").WithSummary("Add an interview stage with contacts");
        tracker.MapPatch("/jobs/{id:guid}/stages/{stage_id:guid}", UpdateStageAsync).WithName("UpdateInterviewStage").WithSummary("Record a stage's date, outcome or notes");
        tracker.MapPost("/jobs/{id:guid}/stages/{stage_id:guid}/contacts", AddContactAsync).WithName("AddStageContact").WithSummary("Add a contact met at a stage");
        tracker.MapPost("/jobs/{id:guid}/stages/{stage_id:guid}/debrief", DebriefAsync).WithName("DebriefStage").WithSummary("A debrief after the interview");
        tracker.MapPost("/jobs/{id:guid}/interview-questions", QuestionsAsync).WithName("TrackedJobInterviewQuestions").WithSummary("Interview preparation for a tracked job");
        tracker.MapGet("/stale", StaleAsync).WithName("StaleTrackedJobs").WithSummary("Tracking/Applied jobs with no activity for N days, with a suggested action");
        tracker.MapGet("/summary", SummaryAsync).WithName("TrackerSummary").WithSummary("Count per status, active and closed");
        tracker.MapGet("/companies", CompaniesAsync).WithName("TrackerCompanies").WithSummary("The caller's companies by name prefix, for autocomplete");
        return app;
    }

    public static async Task<Results<Created<TrackedJobResponse>, ValidationProblem>> CreateAsync(
        TrackedJobRequest request, Caller caller, TrackerStore store, TimeProvider time, CancellationToken ct)
    {
        var errors = Validate(request, creating: true);
        var status = errors.Enum<TrackerStatus>("status", request.Status, required: false) ?? TrackerStatus.Tracking;
        errors.Check(status != TrackerStatus.Closed, "status", "A new tracked job is not closed.");
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var row = await store.InsertAsync(caller.UserId!.Value, request, SnakeCase.Of(status), time.GetUtcNow(), ct);
        return TypedResults.Created($"/api/v1/tracker/jobs/{row.Id}", TrackedJobResponse.From(row));
    }

    public static async Task<Results<Ok<PagedResult<TrackedJobResponse>>, ValidationProblem>> ListAsync(
        Caller caller, TrackerStore store, CancellationToken ct,
        [FromQuery(Name = "status")] string? status = null, [FromQuery(Name = "page")] int? page = null, [FromQuery(Name = "page_size")] int? pageSize = null)
    {
        var errors = new ValidationErrors();
        var filter = errors.Enum<TrackerStatus>("status", status, required: false);
        var paging = errors.Page(page, pageSize);
        if (paging is null || !errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var (rows, total) = await store.ListAsync(caller.UserId!.Value, filter is { } f ? SnakeCase.Of(f) : null, paging.PageSize, paging.Offset, ct);
        var items = rows.Select(TrackedJobResponse.From).ToList();
        return TypedResults.Ok(new PagedResult<TrackedJobResponse>(items, total, paging.Page, paging.PageSize, paging.HasMore(total, items.Count)));
    }

    public static async Task<Results<Ok<TrackedJobResponse>, NotFound>> GetAsync(Guid id, Caller caller, TrackerStore store, CancellationToken ct)
    {
        var row = await store.GetAsync(caller.UserId!.Value, id, ct);
        if (row is null)
        {
            return TypedResults.NotFound();
        }

        var notes = await store.NotesAsync(id, ct);
        var (stages, contacts) = await store.StagesAsync(id, ct);
        return TypedResults.Ok(TrackedJobResponse.From(row) with
        {
            Notes = notes.Select(NoteResponse.From).ToList(),
            Stages = stages.Select(s => StageResponse.From(s, contacts)).ToList(),
        });
    }

    public static async Task<Results<Ok<TrackedJobResponse>, ValidationProblem, NotFound>> UpdateAsync(
        Guid id, TrackedJobRequest request, Caller caller, TrackerStore store, TimeProvider time, CancellationToken ct)
    {
        var errors = Validate(request, creating: false);
        errors.Check(request.Status is null, "status", "status changes through PATCH …/status.");
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var row = await store.UpdateAsync(caller.UserId!.Value, id, request, time.GetUtcNow(), ct);
        return row is null ? TypedResults.NotFound() : TypedResults.Ok(TrackedJobResponse.From(row));
    }

    public static async Task<Results<NoContent, NotFound>> DeleteAsync(Guid id, Caller caller, TrackerStore store, CancellationToken ct) =>
        await store.DeleteAsync(caller.UserId!.Value, id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    public static async Task<Results<Ok<TrackedJobResponse>, ValidationProblem, NotFound, ProblemHttpResult>> MoveAsync(
        Guid id, TrackerStatusRequest request, Caller caller, TrackerStore store, TimeProvider time, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var to = errors.Enum<TrackerStatus>("status", request.Status, required: true);
        var reason = errors.Enum<ClosedReason>("closed_reason", request.ClosedReason, required: to == TrackerStatus.Closed);
        errors.Check(request.ClosedReason is null || to is null or TrackerStatus.Closed, "closed_reason", "closed_reason is only for closing.");
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var owner = caller.UserId!.Value;
        var current = await store.GetAsync(owner, id, ct);
        if (current is null)
        {
            return TypedResults.NotFound();
        }

        if (!TrackerRules.CanMove(SnakeCase.Parse<TrackerStatus>(current.Status), to!.Value))
        {
            return Problems.Conflict(title: "The tracked job is not in a state that allows this.", detail: $"The job is {current.Status}; it cannot become {SnakeCase.Of(to.Value)}.");
        }

        var moved = await store.MoveAsync(owner, id, current.Status, SnakeCase.Of(to.Value), reason is { } r ? SnakeCase.Of(r) : null, time.GetUtcNow(), ct);
        return moved is null
            ? Problems.Conflict(title: "The tracked job changed meanwhile.", detail: "Read it again and retry.")
            : TypedResults.Ok(TrackedJobResponse.From(moved));
    }

    public static async Task<Results<Created<NoteResponse>, ValidationProblem, NotFound>> AddNoteAsync(
        Guid id, NoteRequest request, Caller caller, TrackerStore store, TimeProvider time, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        errors.Length("text", request.Text, 1, 5000, required: true);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var note = await store.AddNoteAsync(caller.UserId!.Value, id, request.Text!.Trim(), time.GetUtcNow(), ct);
        return note is null ? TypedResults.NotFound() : TypedResults.Created($"/api/v1/tracker/jobs/{id}/notes", NoteResponse.From(note));
    }

    public static async Task<Results<Ok<List<NoteResponse>>, NotFound>> NotesAsync(Guid id, Caller caller, TrackerStore store, CancellationToken ct)
    {
        if (await store.GetAsync(caller.UserId!.Value, id, ct) is null)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok((await store.NotesAsync(id, ct)).Select(NoteResponse.From).ToList());
    }

    public static async Task<Results<Ok<TrackedJobResponse>, NotFound>> FollowUpAsync(
        Guid id, Caller caller, TrackerStore store, TimeProvider time, CancellationToken ct)
    {
        var row = await store.FollowUpAsync(caller.UserId!.Value, id, time.GetUtcNow(), ct);
        return row is null ? TypedResults.NotFound() : TypedResults.Ok(TrackedJobResponse.From(row));
    }

    public static async Task<Results<Created<StageResponse>, ValidationProblem, NotFound>> AddStageAsync(
        Guid id, StageRequest request, Caller caller, TrackerStore store, TimeProvider time, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        errors.Length("name", request.Name, 1, 200, required: true);
        errors.Enum<StageOutcome>("outcome", request.Outcome, required: false);
        errors.Length("notes", request.Notes, 1, 5000);
        ValidateDate(errors, request.StageDate);
        var contacts = request.Contacts ?? [];
        errors.Check(contacts.Count <= 20, "contacts", "contacts has at most 20 items.");
        for (var i = 0; i < contacts.Count; i++)
        {
            ValidateContact(errors, $"contacts[{i}].", contacts[i]);
        }

        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var stage = await store.AddStageAsync(caller.UserId!.Value, id, request, time.GetUtcNow(), ct);
        if (stage is null)
        {
            return TypedResults.NotFound();
        }

        var (_, all) = await store.StagesAsync(id, ct);
        return TypedResults.Created($"/api/v1/tracker/jobs/{id}", StageResponse.From(stage, all));
    }

    public static async Task<Results<Ok<StageResponse>, ValidationProblem, NotFound>> UpdateStageAsync(
        Guid id, [FromRoute(Name = "stage_id")] Guid stageId, StageUpdateRequest request, Caller caller, TrackerStore store, TimeProvider time, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        errors.Enum<StageOutcome>("outcome", request.Outcome, required: false);
        errors.Length("notes", request.Notes, 1, 5000);
        ValidateDate(errors, request.StageDate);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return await StageResultAsync(id, await store.UpdateStageAsync(caller.UserId!.Value, id, stageId, request, null, time.GetUtcNow(), ct), store, ct);
    }

    public static async Task<Results<Ok<StageResponse>, ValidationProblem, NotFound>> DebriefAsync(
        Guid id, [FromRoute(Name = "stage_id")] Guid stageId, DebriefRequest request, Caller caller, TrackerStore store, TimeProvider time, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        errors.Length("went_well", request.WentWell, 1, 5000);
        errors.Length("to_improve", request.ToImprove, 1, 5000);
        errors.List("questions_asked", request.QuestionsAsked, 50, 500);
        errors.Range("overall_feeling", request.OverallFeeling, 1, 5);
        errors.Length("next_steps", request.NextSteps, 1, 2000);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var debrief = new Debrief(request.WentWell?.Trim(), request.ToImprove?.Trim(),
            (request.QuestionsAsked ?? []).Select(q => q!.Trim()).ToList(), request.OverallFeeling, request.NextSteps?.Trim());
        var stage = await store.UpdateStageAsync(caller.UserId!.Value, id, stageId, new StageUpdateRequest(null, null, null),
            JsonSerializer.Serialize(debrief, Snapshots.Json), time.GetUtcNow(), ct);
        return await StageResultAsync(id, stage, store, ct);
    }

    public static async Task<Results<Created<ContactResponse>, ValidationProblem, NotFound>> AddContactAsync(
        Guid id, [FromRoute(Name = "stage_id")] Guid stageId, ContactRequest request, Caller caller, TrackerStore store, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        ValidateContact(errors, "", request);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var contact = await store.AddContactAsync(caller.UserId!.Value, id, stageId, request, ct);
        return contact is null ? TypedResults.NotFound() : TypedResults.Created($"/api/v1/tracker/jobs/{id}", ContactResponse.From(contact));
    }

    public static async Task<Results<Ok<InterviewQuestionSet>, NotFound>> QuestionsAsync(
        Guid id, Caller caller, TrackerStore store, InterviewQuestionService questions, CancellationToken ct)
    {
        var job = await store.GetAsync(caller.UserId!.Value, id, ct);
        if (job is null)
        {
            return TypedResults.NotFound();
        }

        var profile = new JobProfile(job.Title, Occupations.CategoryFromTitle(job.Title), [], [], []);
        return TypedResults.Ok(await questions.BuildAsync(profile, ct));
    }

    public static async Task<Results<Ok<List<StaleJobResponse>>, ValidationProblem>> StaleAsync(
        Caller caller, TrackerStore store, TimeProvider time, CancellationToken ct, [FromQuery(Name = "days")] int? days = null)
    {
        var n = days ?? TrackerRules.DefaultStaleDays;
        if (n is < 1 or > 365)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["days"] = ["days is 1 to 365."] });
        }

        var now = time.GetUtcNow();
        var rows = await store.StaleAsync(caller.UserId!.Value, n, now, ct);
        return TypedResults.Ok(rows.Select(r => new StaleJobResponse(
            TrackedJobResponse.From(r),
            (int)(now - ApplicationResponse.Utc(r.LastActivityAt)).TotalDays,
            TrackerRules.SuggestedAction(SnakeCase.Parse<TrackerStatus>(r.Status), r.FollowUpCount))).ToList());
    }

    public static async Task<Ok<PipelineSummary>> SummaryAsync(Caller caller, TrackerStore store, CancellationToken ct)
    {
        var rows = await store.SummaryAsync(caller.UserId!.Value, ct);
        var byStatus = Enum.GetValues<TrackerStatus>().ToDictionary(s => SnakeCase.Of(s), s => rows.Where(r => r.Status == SnakeCase.Of(s)).Sum(r => r.Count));
        var closedByReason = Enum.GetValues<ClosedReason>().ToDictionary(c => SnakeCase.Of(c), c => rows.Where(r => r.Reason == SnakeCase.Of(c)).Sum(r => r.Count));
        var closed = byStatus["closed"];
        return TypedResults.Ok(new PipelineSummary(byStatus, byStatus.Values.Sum() - closed, closed, closedByReason));
    }

    public static async Task<Results<Ok<List<string>>, ValidationProblem>> CompaniesAsync(
        Caller caller, TrackerStore store, CancellationToken ct, [FromQuery(Name = "prefix")] string? prefix = null)
    {
        var errors = new ValidationErrors();
        errors.Length("prefix", prefix, 1, 100, required: true);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return TypedResults.Ok(await store.CompaniesAsync(caller.UserId!.Value, prefix!.Trim(), ct));
    }

    private static async Task<Results<Ok<StageResponse>, ValidationProblem, NotFound>> StageResultAsync(Guid id, StageRow? stage, TrackerStore store, CancellationToken ct)
    {
        if (stage is null)
        {
            return TypedResults.NotFound();
        }

        var (_, contacts) = await store.StagesAsync(id, ct);
        return TypedResults.Ok(StageResponse.From(stage, contacts));
    }

    private static ValidationErrors Validate(TrackedJobRequest r, bool creating)
    {
        var errors = new ValidationErrors();
        errors.Length("company", r.Company, 1, 200, required: creating);
        errors.Length("title", r.Title, 1, 200, required: creating);
        errors.Url("url", r.Url);
        errors.Length("location", r.Location, 1, 200);
        errors.Length("salary_text", r.SalaryText, 1, 200);
        errors.Length("source", r.Source, 1, 100);
        errors.Enum<ApplicationChannel>("channel", r.Channel, required: false);
        return errors;
    }

    private static void ValidateDate(ValidationErrors errors, DateTimeOffset? date) =>
        errors.Check(date is null || date.Value.Year is >= 2000 and <= 2100, "stage_date", "stage_date is a date between 2000 and 2100.");

    private static void ValidateContact(ValidationErrors errors, string prefix, ContactRequest? c)
    {
        if (c is null)
        {
            errors.Add(prefix.Length == 0 ? "body" : prefix.TrimEnd('.'), "A contact is an object.");
            return;
        }

        errors.Length(prefix + "name", c.Name, 1, 200, required: true);
        errors.Length(prefix + "role", c.Role, 1, 200);
        errors.Length(prefix + "email", c.Email, 3, 320);
        errors.Check(c.Email is null || c.Email.Contains('@', StringComparison.Ordinal), prefix + "email", "email is an e-mail address.");
        errors.Length(prefix + "phone", c.Phone, 3, 40);
        errors.Url(prefix + "linkedin_url", c.LinkedinUrl);
    }
}
