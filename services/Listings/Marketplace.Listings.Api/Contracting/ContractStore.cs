using Dapper;
using Marketplace.Listings.Api.Data;
using Marketplace.Listings.Api.Domain;
using Marketplace.Listings.Api.Search;
using Marketplace.ServiceDefaults.Identity;
using Npgsql;

namespace Marketplace.Listings.Api.Contracting;

/// <summary>
/// The SQL of contract opportunities and bids. Every read path goes through <see cref="Source"/> and the listings'
/// <see cref="VisibilityFilter"/>, so an opportunity reaches exactly whom a listing of the same visibility would.
/// </summary>
public static class ContractStore
{
    /// <summary>
    /// Opportunities shaped as the visibility filter expects them (alias <c>l</c>): they have no tier cascade and
    /// are never "filled", so those columns are constant nulls and the filter reduces to the plain visibility.
    /// </summary>
    public const string Source = """
        (select c.*, null::jsonb as visibility_cascade, null::timestamptz as filled_at from contract_opportunities c) l
        """;

    public static async Task<ContractOpportunityRow> InsertAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid id, ContractOpportunityRequest r, string trade, Caller caller)
    {
        await connection.ExecuteAsync("""
            insert into contract_opportunities (id, organization_id, created_by, title, description, job_category, trade,
                contract_type, visibility, network_ids, region, state_province, city, budget_min, budget_max, currency, bid_deadline)
            values (@Id, @OrganizationId, @UserId, @Title, @Description, @JobCategory, @Trade, @ContractType, @Visibility,
                @NetworkIds, @Region, @StateProvince, @City, @BudgetMin, @BudgetMax, @Currency, @BidDeadline)
            """,
            new
            {
                Id = id,
                caller.OrganizationId,
                caller.UserId,
                Title = r.Title!.Trim(),
                Description = r.Description!.Trim(),
                JobCategory = SnakeCase.Of(r.Trade!.Value),
                Trade = trade,
                ContractType = SnakeCase.Of(r.ContractType!.Value),
                Visibility = SnakeCase.Of(r.Visibility ?? ListingVisibility.Global),
                NetworkIds = caller.NetworkIds.ToArray(),
                // The region a "regional" opportunity reaches: the one named, else the creator's own.
                Region = r.Region?.Trim() ?? caller.Region,
                StateProvince = r.StateProvince?.Trim(),
                City = r.City?.Trim(),
                r.BudgetMin,
                r.BudgetMax,
                r.Currency,
                BidDeadline = r.BidDeadline!.Value.UtcDateTime,
            },
            transaction);
        return (await LockOwnedAsync(connection, transaction, id, caller.OrganizationId!.Value))!;
    }

    public static async Task<ContractOpportunityRow?> GetVisibleAsync(NpgsqlConnection connection, Guid id, Caller caller, CancellationToken cancellationToken) =>
        await connection.QuerySingleOrDefaultAsync<ContractOpportunityRow>(new CommandDefinition($"""
            select {ContractOpportunityRow.Columns} from {Source}
            where l.id = @Id and {VisibilityFilter.Sql}
            """, new DynamicParameters(VisibilityFilter.Parameters(caller)).With("Id", id), cancellationToken: cancellationToken));

    /// <summary>A visible opportunity, share-locked so that an award cannot slip in between the checks and the insert of a bid.</summary>
    public static async Task<ContractOpportunityRow?> ShareLockVisibleAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid id, Caller caller) =>
        await connection.QuerySingleOrDefaultAsync<ContractOpportunityRow>($"""
            select {ContractOpportunityRow.Columns} from {Source}
            where l.id = @Id and {VisibilityFilter.Sql}
            for share
            """, new DynamicParameters(VisibilityFilter.Parameters(caller)).With("Id", id), transaction);

    public static async Task<ContractOpportunityRow?> LockOwnedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid id, Guid organizationId) =>
        await connection.QuerySingleOrDefaultAsync<ContractOpportunityRow>($"""
            select {ContractOpportunityRow.Columns} from contract_opportunities l
            where l.id = @Id and l.organization_id = @OrganizationId
            for update
            """, new { Id = id, OrganizationId = organizationId }, transaction);

    /// <summary>Marks an open opportunity withdrawn: search shows open ones only, and bids need it open.</summary>
    public static Task WithdrawAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid id) =>
        connection.ExecuteAsync("update contract_opportunities set status = 'withdrawn' where id = @Id and status = 'open'", new { Id = id }, transaction);

    public static async Task<(IReadOnlyList<ContractOpportunityRow> Rows, long Total)> SearchAsync(
        NpgsqlConnection connection, ContractSearchCriteria c, Caller caller, CancellationToken cancellationToken)
    {
        var parameters = new DynamicParameters(VisibilityFilter.Parameters(caller));
        parameters.AddDynamicParams(new
        {
            c.FilterByTrade,
            c.Categories,
            TradeGroups = c.TradeGroupFilter,
            c.ContractType,
            c.Region,
            c.State,
            c.BudgetMin,
            c.BudgetMax,
            Limit = c.PageSize,
            c.Offset,
        });
        // Open for bids only; every filter switches itself off when its parameter is null.
        var matching = $"""
            from {Source}
            where l.status = 'open' and l.bid_deadline > now()
              and (not @FilterByTrade or l.job_category = any(@Categories) or l.trade = any(@TradeGroups))
              and (@ContractType::text is null or l.contract_type = @ContractType::text)
              and (@Region::text is null or lower(l.region) = lower(@Region::text))
              and (@State::text is null or lower(l.state_province) = lower(@State::text))
              and (@BudgetMin::numeric is null or l.budget_max >= @BudgetMin::numeric)
              and (@BudgetMax::numeric is null or l.budget_min <= @BudgetMax::numeric)
              and {VisibilityFilter.Sql}
            """;
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition($"select count(*) {matching}", parameters, cancellationToken: cancellationToken));
        var rows = await connection.QueryAsync<ContractOpportunityRow>(new CommandDefinition($"""
            select {ContractOpportunityRow.Columns} {matching}
            order by l.published_at desc, l.id
            limit @Limit offset @Offset
            """, parameters, cancellationToken: cancellationToken));
        return (rows.ToList(), total);
    }

    /// <summary>The bid, or null when the bidder's organization already has one on the opportunity.</summary>
    public static async Task<BidRow?> InsertBidAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid opportunityId, BidRequest r, Caller caller) =>
        await connection.QuerySingleOrDefaultAsync<BidRow>($"""
            insert into contract_bids as b (id, opportunity_id, bidder_organization_id, bidder_user_id, amount, currency, message, proposed_start)
            values (@Id, @OpportunityId, @OrganizationId, @UserId, @Amount, @Currency, @Message, @ProposedStart::date)
            on conflict (opportunity_id, bidder_organization_id) do nothing
            returning {BidRow.Columns}
            """,
            new
            {
                Id = Guid.CreateVersion7(),
                OpportunityId = opportunityId,
                caller.OrganizationId,
                caller.UserId,
                r.Amount,
                r.Currency,
                Message = r.Message?.Trim(),
                ProposedStart = r.ProposedStart?.ToDateTime(TimeOnly.MinValue),
            },
            transaction);

    /// <summary>
    /// The bids the caller may see, paged: all of them for the owning organization, its own for a bidder.
    /// Null when the caller is neither (or cannot see the opportunity), so that it answers 404.
    /// </summary>
    public static async Task<(IReadOnlyList<BidRow> Rows, long Total)?> ListBidsAsync(
        NpgsqlConnection connection, Guid opportunityId, Caller caller, int page, int pageSize, CancellationToken cancellationToken)
    {
        var parameters = new DynamicParameters(VisibilityFilter.Parameters(caller)).With("Id", opportunityId);
        parameters.AddDynamicParams(new { Limit = pageSize, Offset = (page - 1) * pageSize });
        var owner = await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "select exists (select 1 from contract_opportunities where id = @Id and organization_id = @CallerOrganizationId)",
            parameters, cancellationToken: cancellationToken));
        var visible = $"""
            from contract_bids b join {Source} on l.id = b.opportunity_id
            where b.opportunity_id = @Id and {VisibilityFilter.Sql}
              and (l.organization_id = @CallerOrganizationId or b.bidder_organization_id = @CallerOrganizationId)
            """;
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition($"select count(*) {visible}", parameters, cancellationToken: cancellationToken));
        if (!owner && total == 0)
        {
            return null;
        }

        var rows = await connection.QueryAsync<BidRow>(new CommandDefinition($"""
            select {BidRow.Columns} {visible}
            order by b.amount, b.created_at, b.id
            limit @Limit offset @Offset
            """, parameters, cancellationToken: cancellationToken));
        return (rows.ToList(), total);
    }

    /// <summary>Accepts <paramref name="bidId"/> and rejects every other bid; null when it is not a bid on the opportunity.</summary>
    public static async Task<(BidRow Winner, IReadOnlyList<Guid> Rejected)?> AwardAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid opportunityId, Guid bidId, DateTimeOffset now)
    {
        var bids = (await connection.QueryAsync<BidRow>($"""
            update contract_bids b set status = case when b.id = @BidId then 'accepted' else 'rejected' end
            where b.opportunity_id = @OpportunityId and exists (select 1 from contract_bids w where w.id = @BidId and w.opportunity_id = @OpportunityId)
            returning {BidRow.Columns}
            """, new { OpportunityId = opportunityId, BidId = bidId }, transaction)).ToList();
        var winner = bids.SingleOrDefault(b => b.Id == bidId);
        if (winner is null)
        {
            return null;
        }

        await connection.ExecuteAsync("""
            update contract_opportunities set status = 'awarded', awarded_bid_id = @BidId, awarded_at = @Now where id = @OpportunityId
            """, new { OpportunityId = opportunityId, BidId = bidId, Now = now.UtcDateTime }, transaction);
        return (winner, bids.Where(b => b.Id != bidId).Select(b => b.Id).OrderBy(id => id).ToList());
    }
}
