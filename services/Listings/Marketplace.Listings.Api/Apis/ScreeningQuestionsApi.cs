using Dapper;
using Marketplace.Contracts.Listings;
using Marketplace.Listings.Api.Data;
using Marketplace.Listings.Api.Domain;
using Marketplace.ServiceDefaults.Identity;
using Marketplace.ServiceDefaults.Outbox;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marketplace.Listings.Api.Apis;

/// <summary>
/// Screening questions per listing, managed by the owning organization and carried by JobListingPublished; a change
/// to a published listing's questions emits JobListingUpdated. Knockout answers are shown to the owner only.
/// </summary>
public static class ScreeningQuestionsApi
{
    /// <summary>How many screening questions one listing may have.</summary>
    public const int MaxQuestionsPerListing = 20;

    public static IEndpointRouteBuilder MapScreeningQuestionsApi(this IEndpointRouteBuilder app)
    {
        var questions = app.MapGroup("/api/v1/jobs/{id:guid}/screening-questions").WithTags("Screening questions");
        questions.MapGet("/", ListAsync).WithName("ListScreeningQuestions").WithSummary("The questions of a visible listing");
        questions.MapPost("/", AddAsync).RequireAuthorization().WithName("AddScreeningQuestion").WithSummary("Add a question (owner)");
        questions.MapDelete("/{questionId:guid}", DeleteAsync).RequireAuthorization().WithName("DeleteScreeningQuestion");
        return app;
    }

    public static async Task<Results<Ok<IReadOnlyList<ScreeningQuestionSnapshot>>, NotFound>> ListAsync(
        Guid id, Caller caller, [AsParameters] ListingServices services, CancellationToken cancellationToken)
    {
        var listing = await services.Store.GetVisibleAsync(id, caller, cancellationToken);
        if (listing is null)
        {
            return TypedResults.NotFound();
        }

        await using var connection = await services.DataSource.OpenConnectionAsync(cancellationToken);
        var questions = await ScreeningQuestionStore.SnapshotsAsync(connection, null, id);
        var owner = listing.OrganizationId == caller.OrganizationId;
        return TypedResults.Ok<IReadOnlyList<ScreeningQuestionSnapshot>>(
            owner ? questions : questions.Select(q => q with { KnockoutAnswer = null }).ToList());
    }

    public static async Task<Results<Created<ScreeningQuestionSnapshot>, ValidationProblem, NotFound, ProblemHttpResult>> AddAsync(
        Guid id, ScreeningQuestionRequest request, Caller caller, [AsParameters] ListingServices services, CancellationToken cancellationToken)
    {
        if (ListingsApi.Forbidden(caller) is { } forbidden)
        {
            return forbidden;
        }

        var errors = ScreeningQuestionValidator.Validate(request);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        await using var connection = await services.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var listing = await ListingStore.LockOwnedAsync(connection, transaction, id, caller.OrganizationId!.Value);
        if (listing is null || listing.SourcePlatform is not null)
        {
            return TypedResults.NotFound();
        }

        if (listing.Status is not ("draft" or "active" or "paused"))
        {
            return ListingsApi.Conflict($"A {listing.Status} listing's questions can no longer change.");
        }

        // Every question travels in every listing event: a listing keeps a bounded number (issue #9, item 7).
        if (await connection.ExecuteScalarAsync<long>("select count(*) from screening_questions where listing_id = @id", new { id }, transaction)
            >= MaxQuestionsPerListing)
        {
            return ListingsApi.Conflict($"A listing has at most {MaxQuestionsPerListing} screening questions.");
        }

        var question = new ScreeningQuestionSnapshot(Guid.CreateVersion7(), request.Text!.Trim(), SnakeCase.Of(request.QuestionType!.Value),
            request.Required ?? true, request.Order ?? 0, request.Options, request.KnockoutAnswer);
        await connection.ExecuteAsync("""
            insert into screening_questions (id, listing_id, text, question_type, required, sort_order, options, knockout_answer)
            values (@QuestionId, @ListingId, @Text, @QuestionType, @Required, @Order, @Options, @KnockoutAnswer)
            """, new { question.QuestionId, ListingId = id, question.Text, question.QuestionType, question.Required, question.Order,
                Options = question.Options?.ToArray(), question.KnockoutAnswer }, transaction);
        await AnnounceChangeAsync(connection, transaction, listing, services.Time);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/jobs/{id}/screening-questions/{question.QuestionId}", question);
    }

    public static async Task<Results<NoContent, NotFound, ProblemHttpResult>> DeleteAsync(
        Guid id, Guid questionId, Caller caller, [AsParameters] ListingServices services, CancellationToken cancellationToken)
    {
        if (ListingsApi.Forbidden(caller) is { } forbidden)
        {
            return forbidden;
        }

        await using var connection = await services.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var listing = await ListingStore.LockOwnedAsync(connection, transaction, id, caller.OrganizationId!.Value);
        var removed = listing is null ? 0 : await connection.ExecuteAsync(
            "delete from screening_questions where id = @QuestionId and listing_id = @ListingId", new { QuestionId = questionId, ListingId = id }, transaction);
        if (removed == 0)
        {
            return TypedResults.NotFound();
        }

        await AnnounceChangeAsync(connection, transaction, listing!, services.Time);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    // Applications validates answers against the published questions, so a live listing's change is an update event.
    private static async Task AnnounceChangeAsync(Npgsql.NpgsqlConnection connection, Npgsql.NpgsqlTransaction transaction, ListingRow listing, TimeProvider time)
    {
        if (listing.Status is "active" or "paused")
        {
            var questions = await ScreeningQuestionStore.SnapshotsAsync(connection, transaction, listing.Id);
            await Outbox.EnqueueAsync(connection, transaction, new JobListingUpdated(
                Guid.NewGuid(), time.GetUtcNow(), listing.Id, listing.OrganizationId, ["screening_questions"], ListingSnapshots.From(listing, questions)));
        }
    }
}
