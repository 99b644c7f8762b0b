using Marketplace.Listings.Api.Alerts;
using Marketplace.Listings.Api.Search;
using Marketplace.ServiceDefaults.Http;
using Marketplace.ServiceDefaults.Identity;
using Marketplace.ServiceDefaults.ReferenceData;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marketplace.Listings.Api.Apis;

/// <summary>A signed-in user's job alerts: saved search criteria the matcher reports new listings for. Another user's alert is a 404.</summary>
public static class JobAlertsApi
{
    public static IEndpointRouteBuilder MapJobAlertsApi(this IEndpointRouteBuilder app)
    {
        var alerts = app.MapGroup("/api/v1/job-alerts").WithTags("Job alerts").RequireAuthorization();
        alerts.MapPost("/", CreateAsync).WithName("CreateJobAlert").WithSummary("Create an alert for new listings matching search criteria");
        alerts.MapGet("/", ListAsync).WithName("ListJobAlerts").WithSummary("The caller's alerts");
        alerts.MapGet("/{id:guid}", GetAsync).WithName("GetJobAlert").WithSummary("One of the caller's alerts");
        alerts.MapPut("/{id:guid}", UpdateAsync).WithName("UpdateJobAlert").WithSummary("Replace an alert's criteria, frequency and channels");
        alerts.MapDelete("/{id:guid}", DeleteAsync).WithName("DeleteJobAlert").WithSummary("Delete an alert");
        return app;
    }

    public static async Task<Results<Created<JobAlertResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        JobAlertRequest request, Caller caller, JobAlertStore store, IServiceProvider services, CancellationToken cancellationToken)
    {
        var (alert, errors) = JobAlertDefinition.From(request, services.GetRequiredService<UsGeocoder>);
        if (alert is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return await store.InsertAsync(alert, caller, cancellationToken) is { } row
            ? TypedResults.Created($"/api/v1/job-alerts/{row.Id}", JobAlertResponse.From(row))
            : Problems.Conflict($"A user keeps at most {JobAlertStore.MaxAlertsPerUser} alerts; delete one first.", "Too many alerts.");
    }

    public static async Task<Results<Ok<PagedResult<JobAlertResponse>>, ValidationProblem>> ListAsync(
        Caller caller, JobAlertStore store, CancellationToken cancellationToken,
        [Microsoft.AspNetCore.Mvc.FromQuery(Name = "page")] int? page = null,
        [Microsoft.AspNetCore.Mvc.FromQuery(Name = "page_size")] int? pageSize = null)
    {
        var errors = new Dictionary<string, string[]>();
        if (PageRequest.From(page, pageSize, errors) is not { } paging)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var (rows, total) = await store.ListAsync(caller, paging, cancellationToken);
        return TypedResults.Ok(new PagedResult<JobAlertResponse>(
            rows.Select(JobAlertResponse.From).ToList(), total, paging.Page, paging.PageSize, paging.HasMore(total, rows.Count)));
    }

    public static async Task<Results<Ok<JobAlertResponse>, NotFound>> GetAsync(
        Guid id, Caller caller, JobAlertStore store, CancellationToken cancellationToken) =>
        await store.GetAsync(id, caller, cancellationToken) is { } row ? TypedResults.Ok(JobAlertResponse.From(row)) : TypedResults.NotFound();

    public static async Task<Results<Ok<JobAlertResponse>, NotFound, ValidationProblem>> UpdateAsync(
        Guid id, JobAlertRequest request, Caller caller, JobAlertStore store, IServiceProvider services, CancellationToken cancellationToken)
    {
        var (alert, errors) = JobAlertDefinition.From(request, services.GetRequiredService<UsGeocoder>);
        if (alert is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return await store.UpdateAsync(id, alert, caller, cancellationToken) is { } row ? TypedResults.Ok(JobAlertResponse.From(row)) : TypedResults.NotFound();
    }

    public static async Task<Results<NoContent, NotFound>> DeleteAsync(Guid id, Caller caller, JobAlertStore store, CancellationToken cancellationToken) =>
        await store.DeleteAsync(id, caller, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();
}
