using Marketplace.ServiceDefaults.Http;
using System.Text.Json;
using Marketplace.ScraperIngest.Api.Import;
using Marketplace.ScraperIngest.Api.Keys;
using Marketplace.ScraperIngest.Api.Queue;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Marketplace.ScraperIngest.Api.Apis;

public static class ScrapeQueueApi
{
    /// <summary>10,000 postings with full descriptions run to ~40 MB, past Kestrel's 30 MB default.</summary>
    private const long MaxBodyBytes = 256L * 1024 * 1024;

    public static IEndpointRouteBuilder MapScrapeQueueApi(this IEndpointRouteBuilder app)
    {
        var queue = app.MapGroup("/api/v1/scraper/queue").WithTags("Scrape queue").RequireAuthorization(ScraperAdmin.ScraperPolicy);
        queue.MapGet("/next-role", ClaimNextRoleAsync).WithName("ClaimNextRole")
            .WithSummary("Claim the most urgent pending role and open a scrape session for it");
        queue.MapPost("/jobs", SubmitJobsAsync).WithName("SubmitScrapedJobs")
            .WithSummary("Post a session's scraped jobs (JobSpy rows); completes the session")
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes));
        queue.MapPost("/sessions/{id:guid}/fail", FailSessionAsync).WithName("FailScrapeSession")
            .WithSummary("Report a session failed; its role returns to the queue");
        return app;
    }

    private static async Task<Results<Ok<ClaimedRole>, NoContent>> ClaimNextRoleAsync(ScraperKey scraper, ScrapeQueue queue, CancellationToken cancellationToken) =>
        await queue.ClaimNextAsync(scraper.Id, cancellationToken) is { } claimed ? TypedResults.Ok(claimed) : TypedResults.NoContent();

    private static async Task<Results<Ok<SessionResults>, ValidationProblem, NotFound, ProblemHttpResult>> SubmitJobsAsync(
        HttpRequest request, ScraperKey scraper, BatchParser parser, ImportService importer, IOptions<ImportOptions> options, CancellationToken cancellationToken)
    {
        var body = await JobsBody.ReadAsync(request, options.Value.MaxRowsPerRequest, cancellationToken);
        if (body.Errors is { } invalid)
        {
            return TypedResults.ValidationProblem(invalid);
        }

        using var document = body.Document!;
        var batch = parser.Parse(body.Rows);
        if (batch.NothingUsable)
        {
            return TypedResults.ValidationProblem(
                batch.Errors.ToDictionary(e => $"jobs[{e.Index}]", e => new[] { e.Reason }),
                title: "None of the jobs could be imported.");
        }

        var (outcome, results) = await importer.CompleteSessionAsync(body.SessionId, scraper.Id, batch, cancellationToken);
        return outcome switch
        {
            SessionOutcome.NotFound => TypedResults.NotFound(),
            SessionOutcome.NotOpen => Problems.Conflict("The session is no longer open (completed, failed or timed out); claim a new role."),
            _ => TypedResults.Ok(results!),
        };
    }

    private static async Task<Results<NoContent, ValidationProblem, NotFound, ProblemHttpResult>> FailSessionAsync(
        Guid id, FailSessionRequest request, ScraperKey scraper, ScrapeQueue queue, CancellationToken cancellationToken)
    {
        var message = request.ErrorMessage?.Trim();
        if (string.IsNullOrEmpty(message) || message.Length > 2000)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["error_message"] = ["An error message of 1 to 2000 characters is required."] });
        }

        return await queue.FailAsync(id, scraper.Id, message, cancellationToken) switch
        {
            SessionOutcome.NotFound => TypedResults.NotFound(),
            SessionOutcome.NotOpen => Problems.Conflict("The session is no longer open."),
            _ => TypedResults.NoContent(),
        };
    }
}
