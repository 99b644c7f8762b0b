using Marketplace.Contracts.Listings;
using Marketplace.Listings.Api.Contracting;
using Marketplace.Listings.Api.Data;
using Marketplace.Listings.Api.Domain;
using Marketplace.Listings.Api.Search;
using Marketplace.ServiceDefaults.Http;
using Marketplace.ServiceDefaults.Identity;
using Marketplace.ServiceDefaults.Outbox;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace Marketplace.Listings.Api.Apis;

/// <summary>
/// Contract and subcontract opportunities (issue 3): an organization posts work, other organizations bid once each,
/// the owner awards one bid. Opportunities are seen as listings of the same visibility are; bids only by the owner
/// and, each its own, by the bidder.
/// </summary>
public static class ContractsApi
{
    public static IEndpointRouteBuilder MapContractsApi(this IEndpointRouteBuilder app)
    {
        var contracts = app.MapGroup("/api/v1/contracts").WithTags("Contracts");
        contracts.MapGet("/", SearchAsync).WithName("SearchContracts").WithSummary("Open opportunities the caller may see");
        contracts.MapPost("/", CreateAsync).RequireAuthorization().WithName("CreateContract").WithSummary("Publish an opportunity");
        contracts.MapGet("/{id:guid}", GetAsync).WithName("GetContract").WithSummary("An opportunity the caller may see");
        contracts.MapPost("/{id:guid}/bids", BidAsync).RequireAuthorization().WithName("BidOnContract").WithSummary("One bid per organization");
        contracts.MapGet("/{id:guid}/bids", ListBidsAsync).RequireAuthorization().WithName("ListContractBids")
            .WithSummary("All bids for the owner, its own for a bidder");
        contracts.MapDelete("/{id:guid}", WithdrawAsync).RequireAuthorization().WithName("WithdrawContract")
            .WithSummary("Withdraw an open opportunity: no more bids, gone from search");
        contracts.MapPost("/{id:guid}/award", AwardAsync).RequireAuthorization().WithName("AwardContract")
            .WithSummary("Accept one bid, reject the others");
        return app;
    }

    public static async Task<Results<Ok<PagedResult<ContractOpportunityResponse>>, ValidationProblem>> SearchAsync(
        [AsParameters] ContractSearchParameters parameters, Caller caller, NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        var (criteria, errors) = ContractSearchCriteria.From(parameters);
        if (criteria is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var (rows, total) = await ContractStore.SearchAsync(connection, criteria, caller, cancellationToken);
        return TypedResults.Ok(new PagedResult<ContractOpportunityResponse>(
            rows.Select(ContractOpportunityResponse.From).ToList(), total, criteria.Page, criteria.PageSize, criteria.Offset + rows.Count < total));
    }

    public static async Task<Results<Created<ContractOpportunityResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        ContractOpportunityRequest request, Caller caller, NpgsqlDataSource dataSource, TimeProvider time, CancellationToken cancellationToken)
    {
        if (ListingsApi.Forbidden(caller) is { } forbidden)
        {
            return forbidden;
        }

        var errors = ContractValidator.Validate(request, time.GetUtcNow());
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var trade = Trades.Of(request.Trade!.Value);
        var row = await ContractStore.InsertAsync(connection, transaction, Guid.CreateVersion7(), request, trade, caller);
        var created = ContractOpportunityResponse.From(row);
        await Outbox.EnqueueAsync(connection, transaction, new ContractOpportunityPublished(
            Guid.NewGuid(), time.GetUtcNow(), created.Id, created.OrganizationId, created.Title, created.Trade, created.TradeGroup,
            created.ContractType, created.Visibility, created.Region, created.StateProvince, created.City, created.BudgetMin,
            created.BudgetMax, created.Currency, created.BidDeadline));
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/contracts/{created.Id}", created);
    }

    public static async Task<Results<Ok<ContractOpportunityResponse>, NotFound>> GetAsync(
        Guid id, Caller caller, NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await ContractStore.GetVisibleAsync(connection, id, caller, cancellationToken);
        return row is null ? TypedResults.NotFound() : TypedResults.Ok(ContractOpportunityResponse.From(row));
    }

    public static async Task<Results<Created<BidResponse>, ValidationProblem, NotFound, ProblemHttpResult>> BidAsync(
        Guid id, BidRequest request, Caller caller, NpgsqlDataSource dataSource, TimeProvider time, CancellationToken cancellationToken)
    {
        if (caller.OrganizationId is null
            || !(caller.HasRole(MarketplaceRoles.Employer) || caller.HasRole(MarketplaceRoles.Recruiter) || caller.HasRole(MarketplaceRoles.Technician)))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden,
                title: "Only employers, recruiters and technicians of an organization may bid.");
        }

        var errors = ContractValidator.Validate(request);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var opportunity = await ContractStore.ShareLockVisibleAsync(connection, transaction, id, caller);
        if (opportunity is null)
        {
            return TypedResults.NotFound();
        }

        if (opportunity.OrganizationId == caller.OrganizationId)
        {
            return Conflict("An organization cannot bid on its own opportunity.");
        }

        if (opportunity.Status != SnakeCase.Of(ContractStatus.Open))
        {
            return Conflict($"The opportunity is {opportunity.Status}, no longer open for bids.");
        }

        if (ListingSnapshots.Utc(opportunity.BidDeadline) <= time.GetUtcNow())
        {
            return Conflict("The bid deadline has passed.");
        }

        if (!string.Equals(request.Currency, opportunity.Currency, StringComparison.Ordinal))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["currency"] = [$"Bids on this opportunity are in {opportunity.Currency}."],
            });
        }

        var bid = await ContractStore.InsertBidAsync(connection, transaction, id, request, caller);
        if (bid is null)
        {
            return Conflict("Your organization has already bid on this opportunity.");
        }

        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/contracts/{id}/bids/{bid.Id}", BidResponse.From(bid));
    }

    public static async Task<Results<Ok<PagedResult<BidResponse>>, ValidationProblem, NotFound>> ListBidsAsync(
        Guid id, Caller caller, NpgsqlDataSource dataSource, CancellationToken cancellationToken,
        [FromQuery(Name = "page")] int? page = null, [FromQuery(Name = "page_size")] int? pageSize = null)
    {
        var (p, size) = (page ?? 1, pageSize ?? 20);
        var errors = new ValidationErrors();
        errors.Check(p >= 1, "page", "page starts at 1.");
        errors.Check(size is >= 1 and <= 100, "page_size", "page_size is 1 to 100.");
        errors.Check((long)p * size <= PageRequest.MaxWindow, "page", $"Only the first {PageRequest.MaxWindow} bids can be paged through.");
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        if (await ContractStore.ListBidsAsync(connection, id, caller, p, size, cancellationToken) is not var (rows, total))
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(new PagedResult<BidResponse>(rows.Select(BidResponse.From).ToList(), total, p, size, (p - 1) * size + rows.Count < total));
    }

    public static async Task<Results<Ok<ContractOpportunityResponse>, ValidationProblem, NotFound, ProblemHttpResult>> AwardAsync(
        Guid id, AwardRequest request, Caller caller, NpgsqlDataSource dataSource, TimeProvider time, CancellationToken cancellationToken)
    {
        if (ListingsApi.Forbidden(caller) is { } forbidden)
        {
            return forbidden;
        }

        if (request.BidId is not { } bidId)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["bid_id"] = ["bid_id is required."] });
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var opportunity = await ContractStore.LockOwnedAsync(connection, transaction, id, caller.OrganizationId!.Value);
        if (opportunity is null)
        {
            return TypedResults.NotFound();
        }

        if (opportunity.Status != SnakeCase.Of(ContractStatus.Open))
        {
            return Conflict($"The opportunity is {opportunity.Status}, no longer open.");
        }

        var now = time.GetUtcNow();
        if (await ContractStore.AwardAsync(connection, transaction, id, bidId, now) is not var (winner, rejected))
        {
            return TypedResults.NotFound();
        }

        await Outbox.EnqueueAsync(connection, transaction, new ContractAwarded(
            Guid.NewGuid(), now, id, opportunity.OrganizationId, winner.Id, winner.BidderOrganizationId, winner.Amount, winner.Currency, rejected));
        var awarded = await ContractStore.LockOwnedAsync(connection, transaction, id, opportunity.OrganizationId);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(ContractOpportunityResponse.From(awarded!));
    }

    public static async Task<Results<NoContent, NotFound, ProblemHttpResult>> WithdrawAsync(
        Guid id, Caller caller, NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        if (ListingsApi.Forbidden(caller) is { } forbidden)
        {
            return forbidden;
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var opportunity = await ContractStore.LockOwnedAsync(connection, transaction, id, caller.OrganizationId!.Value);
        if (opportunity is null)
        {
            return TypedResults.NotFound();
        }

        if (opportunity.Status != SnakeCase.Of(ContractStatus.Open))
        {
            return Conflict($"The opportunity is {opportunity.Status}; only an open one can be withdrawn.");
        }

        await ContractStore.WithdrawAsync(connection, transaction, id);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The opportunity does not allow this now.", detail: detail);
}
