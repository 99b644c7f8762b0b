using System.Text.RegularExpressions;
using Dapper;
using Marketplace.Applications.Api.Data;
using Marketplace.Applications.Api.Domain;
using Marketplace.Contracts.Applications;
using Marketplace.ServiceDefaults.Identity;
using Marketplace.ServiceDefaults.Outbox;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Marketplace.Applications.Api.Apis;

/// <summary>
/// Offers: the hiring team extends, revises or withdraws one; the applicant accepts, declines or asks for a counter-offer.
/// Accepting moves the application to offer_accepted; the hiring team then marks the hire (PATCH …/status hired).
/// </summary>
public static partial class OffersApi
{
    public static IEndpointRouteBuilder MapOffersApi(this IEndpointRouteBuilder app)
    {
        var hiring = app.MapGroup("/api/v1/jobs/applications/{id:guid}/offer").WithTags("Offers").RequireAuthorization(Policies.HiringTeam);
        hiring.MapPost("/", ExtendAsync).WithName("ExtendOffer").WithSummary("Extend an offer (moves the application to offer_extended)");
        hiring.MapPut("/", ReviseAsync).WithName("ReviseOffer").WithSummary("Revise the open offer (a new revision)");
        hiring.MapPost("/withdraw", WithdrawAsync).WithName("WithdrawOffer").WithSummary("Withdraw the open offer");

        var applicant = app.MapGroup("/api/v1/jobs/applications/{id:guid}/offer").WithTags("Offers").RequireAuthorization(Policies.SignedIn);
        applicant.MapPost("/respond", RespondAsync).WithName("RespondToOffer").WithSummary("The applicant accepts, declines or asks for a counter-offer");
        return app;
    }

    public static async Task<Results<Created<OfferResponse>, ValidationProblem, NotFound, ProblemHttpResult>> ExtendAsync(
        Guid id, OfferRequest request, Caller caller, [AsParameters] ApplicationServices services, CancellationToken cancellationToken)
    {
        var now = services.Time.GetUtcNow();
        if (Validate(request, now) is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        await using var connection = await services.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var application = await ApplicationStore.LockAsync(connection, transaction, id, caller, Access.HiringTeamSql);
        if (application is null)
        {
            return TypedResults.NotFound();
        }

        if (!ApplicationStatusMachine.CanMove(SnakeCase.Parse<ApplicationStatus>(application.Status), ApplicationStatus.OfferExtended))
        {
            return Problems.Conflict(title: "The application is not in a state that allows this.",
                detail: $"The application is {application.Status}; an offer follows shortlisting or an interview.");
        }

        var offer = await connection.QuerySingleAsync<OfferRow>($"""
            insert into offers (id, application_id, revision, position_title, compensation_type, amount, currency, start_date,
                                benefits, terms, expires_at, status, created_at, updated_at)
            values (@Id, @ApplicationId, 1, @PositionTitle, @CompensationType, @Amount, @Currency, @StartDate,
                    @Benefits, @Terms, @ExpiresAt, 'extended', @Now, @Now)
            returning {OfferStore.Columns}
            """, Parameters(Guid.CreateVersion7(), id, request, now), transaction);
        await ApplicationStore.MoveAsync(connection, transaction, application, ApplicationStatus.OfferExtended, caller.UserId, null, null, now);
        await PublishExtendedAsync(connection, transaction, application, offer, now);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/jobs/applications/{id}", OfferResponse.From(offer));
    }

    public static async Task<Results<Ok<OfferResponse>, ValidationProblem, NotFound, ProblemHttpResult>> ReviseAsync(
        Guid id, OfferRequest request, Caller caller, [AsParameters] ApplicationServices services, CancellationToken cancellationToken)
    {
        var now = services.Time.GetUtcNow();
        if (Validate(request, now) is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        await using var connection = await services.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var application = await ApplicationStore.LockAsync(connection, transaction, id, caller, Access.HiringTeamSql);
        if (application is null)
        {
            return TypedResults.NotFound();
        }

        var open = await OfferStore.LockOpenAsync(connection, transaction, id);
        if (open is null || application.Status != "offer_extended")
        {
            return Problems.Conflict(title: "There is no open offer to revise.", detail: $"The application is {application.Status}.");
        }

        var parameters = Parameters(open.Id, id, request, now);
        var offer = await connection.QuerySingleAsync<OfferRow>($"""
            update offers set revision = revision + 1, position_title = @PositionTitle, compensation_type = @CompensationType,
                amount = @Amount, currency = @Currency, start_date = @StartDate, benefits = @Benefits, terms = @Terms,
                expires_at = @ExpiresAt, status = 'extended', response_reason = null, updated_at = @Now
            where id = @Id
            returning {OfferStore.Columns}
            """, parameters, transaction);
        await PublishExtendedAsync(connection, transaction, application, offer, now);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(OfferResponse.From(offer));
    }

    public static async Task<Results<Ok<OfferResponse>, NotFound, ProblemHttpResult>> WithdrawAsync(
        Guid id, Caller caller, [AsParameters] ApplicationServices services, CancellationToken cancellationToken)
    {
        var now = services.Time.GetUtcNow();
        await using var connection = await services.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var application = await ApplicationStore.LockAsync(connection, transaction, id, caller, Access.HiringTeamSql);
        if (application is null)
        {
            return TypedResults.NotFound();
        }

        var open = await OfferStore.LockOpenAsync(connection, transaction, id);
        if (open is null || application.Status != "offer_extended")
        {
            return Problems.Conflict(title: "There is no open offer to withdraw.", detail: $"The application is {application.Status}.");
        }

        var offer = await OfferStore.SetStatusAsync(connection, transaction, open.Id, "withdrawn", null, now);
        await ApplicationStore.MoveAsync(connection, transaction, application, ApplicationStatus.OfferDeclined, caller.UserId, "offer_withdrawn", null, now);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(OfferResponse.From(offer));
    }

    public static async Task<Results<Ok<OfferResponse>, ValidationProblem, NotFound, ProblemHttpResult>> RespondAsync(
        Guid id, OfferReplyRequest request, Caller caller, [AsParameters] ApplicationServices services, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var answer = errors.Enum<OfferAnswer>("response", request.Response, required: true);
        errors.Length("reason", request.Reason, 1, 2000, required: answer is OfferAnswer.CounterRequested);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var now = services.Time.GetUtcNow();
        await using var connection = await services.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var application = await ApplicationStore.LockAsync(connection, transaction, id, caller, Access.ApplicantSql);
        if (application is null)
        {
            return TypedResults.NotFound();
        }

        var open = await OfferStore.LockOpenAsync(connection, transaction, id);
        if (open is not { Status: "extended" } || application.Status != "offer_extended")
        {
            return Problems.Conflict(title: "There is no offer awaiting an answer.", detail: $"The application is {application.Status}.");
        }

        if (open.ExpiresAt is { } expires && ApplicationResponse.Utc(expires) <= now)
        {
            return Problems.Conflict(title: "The offer has expired.", detail: "The offer expired before it was answered.");
        }

        var response = SnakeCase.Of(answer!.Value);
        var reason = request.Reason?.Trim();
        var offer = await OfferStore.SetStatusAsync(connection, transaction, open.Id, response, reason, now);
        if (answer != OfferAnswer.CounterRequested)
        {
            var to = answer == OfferAnswer.Accepted ? ApplicationStatus.OfferAccepted : ApplicationStatus.OfferDeclined;
            await ApplicationStore.MoveAsync(connection, transaction, application, to, caller.UserId, answer == OfferAnswer.Declined ? "offer_declined" : null, null, now);
        }

        await Outbox.EnqueueAsync(connection, transaction, new OfferResponded(
            Guid.NewGuid(), now, offer.Id, id, application.JobId, application.OrganizationId, application.ApplicantUserId, response, reason));
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(OfferResponse.From(offer));
    }

    private static object Parameters(Guid offerId, Guid applicationId, OfferRequest r, DateTimeOffset now) => new
    {
        Id = offerId,
        ApplicationId = applicationId,
        PositionTitle = r.PositionTitle!.Trim(),
        CompensationType = r.CompensationType!.Trim().ToLowerInvariant(),
        r.Amount,
        Currency = r.Currency!.Trim().ToUpperInvariant(),
        r.StartDate,
        Benefits = (r.Benefits ?? []).Select(b => b!.Trim()).ToArray(),
        Terms = r.Terms?.Trim(),
        ExpiresAt = r.ExpiresAt?.ToUniversalTime(),
        Now = now,
    };

    internal static Dictionary<string, string[]> Validate(OfferRequest r, DateTimeOffset now)
    {
        var errors = new ValidationErrors();
        errors.Length("position_title", r.PositionTitle, 2, 200, required: true);
        errors.Enum<CompensationType>("compensation_type", r.CompensationType, required: true);
        errors.Required("amount", r.Amount);
        errors.Check(r.Amount is null or > 0m and <= 999_999_999m, "amount", "amount is more than 0 and at most 999999999.");
        errors.Check(r.Currency is not null && CurrencyPattern().IsMatch(r.Currency.Trim()), "currency", "currency is an ISO 4217 code such as USD.");
        errors.Check(r.StartDate is null || r.StartDate >= DateOnly.FromDateTime(now.UtcDateTime.AddDays(-1)) && r.StartDate <= DateOnly.FromDateTime(now.UtcDateTime.AddYears(2)),
            "start_date", "start_date is from today to two years ahead.");
        errors.List("benefits", r.Benefits, 30, 200);
        errors.Length("terms", r.Terms, 1, 10000);
        errors.Check(r.ExpiresAt is null || r.ExpiresAt > now && r.ExpiresAt < now.AddYears(1), "expires_at", "expires_at is in the future (within a year).");
        return errors.ToDictionary();
    }

    private static Task PublishExtendedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, ApplicationRow application, OfferRow offer, DateTimeOffset now) =>
        Outbox.EnqueueAsync(connection, transaction, new OfferExtended(
            Guid.NewGuid(), now, offer.Id, offer.Revision, application.Id, application.JobId, application.OrganizationId,
            application.ApplicantUserId, offer.CompensationType, offer.Amount, offer.Currency, offer.StartDate, ApplicationResponse.Utc(offer.ExpiresAt)));

    [GeneratedRegex("^[A-Za-z]{3}$")]
    private static partial Regex CurrencyPattern();
}
