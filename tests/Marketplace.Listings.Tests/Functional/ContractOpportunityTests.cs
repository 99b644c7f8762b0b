using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Marketplace.ServiceDefaults.Identity;

namespace Marketplace.Listings.Tests.Functional;

/// <summary>Contract and subcontract opportunities with bids (issue 3): create, search, detail, bid, list bids, award.</summary>
public sealed class ContractOpportunityTests : ListingsFixture
{
    private static Dictionary<string, object?> ValidContract() => new()
    {
        ["title"] = "Modernize six traction elevators — Loop office tower",
        ["description"] = "Replace controllers and machines on six geared traction elevators; phased, two cars out at a time.",
        ["trade"] = "elevator_mechanic",
        ["contract_type"] = "subcontract",
        ["region"] = "us-midwest",
        ["state_province"] = "IL",
        ["city"] = "Chicago",
        ["budget_min"] = 400_000,
        ["budget_max"] = 650_000,
        ["currency"] = "USD",
        ["bid_deadline"] = DateTimeOffset.UtcNow.AddDays(14),
        ["visibility"] = "global",
    };

    private async Task<Guid> CreateContractAsync(TokenRequest owner, Action<Dictionary<string, object?>>? change = null)
    {
        var body = ValidContract();
        change?.Invoke(body);
        using var client = Client(owner);
        using var response = await client.PostAsJsonAsync("/api/v1/contracts", body, Json);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return (await ReadJsonAsync(response)).GetProperty("id").GetGuid();
    }

    private async Task<HttpResponseMessage> BidAsync(TokenRequest? bidder, Guid id, object? body = null)
    {
        using var client = Client(bidder);
        return await client.PostAsJsonAsync($"/api/v1/contracts/{id}/bids",
            body ?? new { amount = 520_000, currency = "USD", message = "Crew of four, 30 weeks", proposed_start = "2027-03-01" }, Json);
    }

    private async Task<Guid> PlaceBidAsync(TokenRequest bidder, Guid id, decimal amount)
    {
        using var response = await BidAsync(bidder, id, new { amount, currency = "USD" });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return (await ReadJsonAsync(response)).GetProperty("id").GetGuid();
    }

    private async Task<JsonElement> SearchAsync(TokenRequest? caller, string query)
    {
        using var client = Client(caller);
        using var response = await client.GetAsync(new Uri($"/api/v1/contracts?page_size=100&{query}", UriKind.Relative));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return await ReadJsonAsync(response);
    }

    private static List<Guid> Ids(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();

    private async Task<HttpStatusCode> DetailStatusAsync(TokenRequest? caller, Guid id)
    {
        using var client = Client(caller);
        using var response = await client.GetAsync(new Uri($"/api/v1/contracts/{id}", UriKind.Relative));
        return response.StatusCode;
    }

    private static async Task<string[]> ErrorFieldsAsync(HttpResponseMessage response)
    {
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), await response.Content.ReadAsStringAsync());
        return (await ReadJsonAsync(response)).GetProperty("errors").EnumerateObject().Select(p => p.Name).ToArray();
    }

    [Test]
    public async Task Creating_an_opportunity_answers_201_and_emits_ContractOpportunityPublished()
    {
        var owner = Employer();
        var id = await CreateContractAsync(owner);

        using var client = Client(null);
        var detail = await ReadJsonAsync(await client.GetAsync(new Uri($"/api/v1/contracts/{id}", UriKind.Relative)));
        Assert.That(detail.GetProperty("trade").GetString(), Is.EqualTo("elevator_mechanic"));
        Assert.That(detail.GetProperty("trade_group").GetString(), Is.EqualTo("elevator"));
        Assert.That(detail.GetProperty("contract_type").GetString(), Is.EqualTo("subcontract"));
        Assert.That(detail.GetProperty("status").GetString(), Is.EqualTo("open"));
        Assert.That(detail.GetProperty("budget_max").GetDecimal(), Is.EqualTo(650_000m));

        await using var db = await OpenDatabaseAsync();
        var published = await EventuallyAsync(async () => await db.QuerySingleAsync<int>("""
            select count(*) from outbox_messages
            where message_type like 'Marketplace.Contracts.Listings.ContractOpportunityPublished,%'
              and (payload ->> 'opportunityId')::uuid = @id and published_at is not null
            """, new { id }) == 1);
        Assert.That(published, Is.True, "the relay did not publish ContractOpportunityPublished");
        var payload = await db.QuerySingleAsync<string>(
            "select payload::text from outbox_messages where (payload ->> 'opportunityId')::uuid = @id", new { id });
        var evt = JsonDocument.Parse(payload).RootElement;
        Assert.That(evt.GetProperty("organizationId").GetGuid(), Is.EqualTo(owner.OrgId));
        Assert.That(evt.GetProperty("trade").GetString(), Is.EqualTo("elevator_mechanic"));
        Assert.That(evt.GetProperty("contractType").GetString(), Is.EqualTo("subcontract"));
        Assert.That(evt.GetProperty("budgetMin").GetDecimal(), Is.EqualTo(400_000m));
    }

    [Test]
    public async Task Bad_opportunity_input_answers_400_naming_each_field()
    {
        using var client = Client(Employer());
        var body = ValidContract();
        body.Remove("title");
        body.Remove("contract_type");
        body["budget_min"] = 700_000;
        body["currency"] = "usd";
        body["bid_deadline"] = DateTimeOffset.UtcNow.AddDays(-1);
        using var response = await client.PostAsJsonAsync("/api/v1/contracts", body, Json);
        Assert.That(await ErrorFieldsAsync(response), Is.SupersetOf(new[] { "title", "contract_type", "budget_min", "currency", "bid_deadline" }));

        var missing = ValidContract();
        missing.Remove("trade");
        missing.Remove("budget_max");
        using var second = await client.PostAsJsonAsync("/api/v1/contracts", missing, Json);
        Assert.That(await ErrorFieldsAsync(second), Is.SupersetOf(new[] { "trade", "budget_max" }));

        var badEnum = ValidContract();
        badEnum["contract_type"] = "handshake";
        using var third = await client.PostAsJsonAsync("/api/v1/contracts", badEnum, Json);
        Assert.That(third.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await third.Content.ReadAsStringAsync(), Does.Contain("contract_type"));
    }

    [Test]
    public async Task Only_employers_of_an_organization_create_opportunities()
    {
        using var technician = Client(Technician());
        using var refused = await technician.PostAsJsonAsync("/api/v1/contracts", ValidContract(), Json);
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));

        using var anonymous = Client(null);
        using var unauthorized = await anonymous.PostAsJsonAsync("/api/v1/contracts", ValidContract(), Json);
        Assert.That(unauthorized.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Search_filters_by_trade_contract_type_region_state_and_budget()
    {
        // A region of its own keeps this test's opportunities apart from the other tests' in the shared database.
        var region = $"test-{Guid.NewGuid():N}";
        var owner = Employer();
        var elevator = await CreateContractAsync(owner, b => b["region"] = region);
        var hvac = await CreateContractAsync(owner, b =>
        {
            b["region"] = region;
            b["trade"] = "hvac_technician";
            b["contract_type"] = "contract";
            b["state_province"] = "WI";
            b["budget_min"] = 20_000;
            b["budget_max"] = 50_000;
        });

        Assert.That(Ids(await SearchAsync(null, $"region={region}")), Is.EquivalentTo(new[] { elevator, hvac }));
        Assert.That(Ids(await SearchAsync(null, $"region={region}&trade=hvac_technician")), Is.EqualTo(new[] { hvac }));
        Assert.That(Ids(await SearchAsync(null, $"region={region}&trade=elevator")), Is.EqualTo(new[] { elevator }));
        Assert.That(Ids(await SearchAsync(null, $"region={region}&trade=plumber,hvac")), Is.EqualTo(new[] { hvac }));
        Assert.That(Ids(await SearchAsync(null, $"region={region}&contract_type=subcontract")), Is.EqualTo(new[] { elevator }));
        Assert.That(Ids(await SearchAsync(null, $"region={region}&state=wi")), Is.EqualTo(new[] { hvac }));
        Assert.That(Ids(await SearchAsync(null, $"region={region}&budget_min=100000")), Is.EqualTo(new[] { elevator }));
        Assert.That(Ids(await SearchAsync(null, $"region={region}&budget_max=60000")), Is.EqualTo(new[] { hvac }));
        Assert.That(Ids(await SearchAsync(null, $"region={region}&budget_min=45000&budget_max=450000")), Is.EquivalentTo(new[] { elevator, hvac }));

        using var anonymous = Client(null);
        var page = await ReadJsonAsync(await anonymous.GetAsync(new Uri($"/api/v1/contracts?region={region}&page_size=1", UriKind.Relative)));
        Assert.That(page.GetProperty("total").GetInt64(), Is.EqualTo(2));
        Assert.That(page.GetProperty("items").GetArrayLength(), Is.EqualTo(1));
        Assert.That(page.GetProperty("has_more").GetBoolean(), Is.True);
        Assert.That(page.GetProperty("page").GetInt32(), Is.EqualTo(1));
    }

    [Test]
    public async Task Bad_search_filters_answer_400_naming_the_field()
    {
        using var client = Client(null);
        foreach (var (query, field) in new[]
        {
            ("trade=bogus", "trade"), ("contract_type=handshake", "contract_type"), ("budget_min=10&budget_max=5", "budget_min"),
            ("budget_min=-1", "budget_min"), ("page_size=0", "page_size"), ("page=0", "page"),
        })
        {
            using var response = await client.GetAsync(new Uri($"/api/v1/contracts?{query}", UriKind.Relative));
            Assert.That(await ErrorFieldsAsync(response), Does.Contain(field), query);
        }
    }

    [Test]
    public async Task Internal_opportunity_is_hidden_from_other_organizations_in_search_and_detail()
    {
        var region = $"test-{Guid.NewGuid():N}";
        var organization = Guid.NewGuid();
        var id = await CreateContractAsync(Employer(organization), b =>
        {
            b["region"] = region;
            b["visibility"] = "internal";
        });
        var colleague = new TokenRequest(Guid.NewGuid(), organization, [MarketplaceRoles.Technician]);

        Assert.That(await DetailStatusAsync(colleague, id), Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Ids(await SearchAsync(colleague, $"region={region}")), Is.EqualTo(new[] { id }));
        Assert.That(await DetailStatusAsync(Technician(), id), Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(Ids(await SearchAsync(Technician(), $"region={region}")), Is.Empty);
        Assert.That(await DetailStatusAsync(null, id), Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(Ids(await SearchAsync(null, $"region={region}")), Is.Empty);
    }

    [Test]
    public async Task Regional_opportunity_is_seen_in_its_region_only()
    {
        var region = $"test-{Guid.NewGuid():N}";
        var id = await CreateContractAsync(Employer(), b =>
        {
            b["region"] = region;
            b["visibility"] = "regional";
        });

        Assert.That(await DetailStatusAsync(Technician(region: region), id), Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Ids(await SearchAsync(Technician(region: region), $"region={region}")), Is.EqualTo(new[] { id }));
        Assert.That(await DetailStatusAsync(Technician(region: "us-south"), id), Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(Ids(await SearchAsync(Technician(region: "us-south"), $"region={region}")), Is.Empty);
    }

    [Test]
    public async Task Unknown_opportunity_answers_404()
    {
        Assert.That(await DetailStatusAsync(Technician(), Guid.NewGuid()), Is.EqualTo(HttpStatusCode.NotFound));
        using var bid = await BidAsync(Technician(), Guid.NewGuid());
        Assert.That(bid.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task An_organization_bids_once_and_a_second_bid_answers_409()
    {
        var id = await CreateContractAsync(Employer());
        var bidderOrganization = Guid.NewGuid();
        using var first = await BidAsync(Employer(bidderOrganization), id);
        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created), await first.Content.ReadAsStringAsync());
        var bid = await ReadJsonAsync(first);
        Assert.That(bid.GetProperty("status").GetString(), Is.EqualTo("submitted"));
        Assert.That(bid.GetProperty("proposed_start").GetString(), Is.EqualTo("2027-03-01"));
        Assert.That(bid.GetProperty("bidder_organization_id").GetGuid(), Is.EqualTo(bidderOrganization));

        // Another person of the same organization is still the same bidder.
        using var second = await BidAsync(new TokenRequest(Guid.NewGuid(), bidderOrganization, [MarketplaceRoles.Recruiter]), id);
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));

        await using var db = await OpenDatabaseAsync();
        Assert.That(await db.QuerySingleAsync<int>("select count(*) from contract_bids where opportunity_id = @id", new { id }), Is.EqualTo(1));
    }

    [Test]
    public async Task Concurrent_bids_from_one_organization_store_exactly_one()
    {
        var id = await CreateContractAsync(Employer());
        var organization = Guid.NewGuid();
        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
            BidAsync(new TokenRequest(Guid.NewGuid(), organization, [MarketplaceRoles.Technician]), id)));
        var statuses = responses.Select(r => r.StatusCode).ToList();
        foreach (var response in responses)
        {
            response.Dispose();
        }

        Assert.That(statuses.Count(s => s == HttpStatusCode.Created), Is.EqualTo(1));
        Assert.That(statuses.Count(s => s == HttpStatusCode.Conflict), Is.EqualTo(5));
    }

    [Test]
    public async Task The_owner_cannot_bid_on_its_own_opportunity()
    {
        var organization = Guid.NewGuid();
        var id = await CreateContractAsync(Employer(organization));
        using var response = await BidAsync(new TokenRequest(Guid.NewGuid(), organization, [MarketplaceRoles.Technician]), id);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
    }

    [Test]
    public async Task Bids_after_the_deadline_answer_409_and_the_opportunity_leaves_search()
    {
        var region = $"test-{Guid.NewGuid():N}";
        var id = await CreateContractAsync(Employer(), b => b["region"] = region);
        await using (var db = await OpenDatabaseAsync())
        {
            await db.ExecuteAsync("update contract_opportunities set bid_deadline = now() - interval '1 minute' where id = @id", new { id });
        }

        using var response = await BidAsync(Technician(), id);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(Ids(await SearchAsync(null, $"region={region}")), Is.Empty);
        Assert.That(await DetailStatusAsync(null, id), Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Bad_bid_input_answers_400_naming_the_field()
    {
        var id = await CreateContractAsync(Employer());
        var bidder = Technician();
        using var missing = await BidAsync(bidder, id, new { message = "no amount, no currency" });
        Assert.That(await ErrorFieldsAsync(missing), Is.SupersetOf(new[] { "amount", "currency" }));
        using var negative = await BidAsync(bidder, id, new { amount = -5, currency = "USD" });
        Assert.That(await ErrorFieldsAsync(negative), Does.Contain("amount"));
        using var otherCurrency = await BidAsync(bidder, id, new { amount = 500_000, currency = "EUR" });
        Assert.That(await ErrorFieldsAsync(otherCurrency), Does.Contain("currency"));
        using var badDate = await BidAsync(bidder, id, new { amount = 500_000, currency = "USD", proposed_start = "soon" });
        Assert.That(badDate.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));

        // None of the refused bids counts as the organization's one bid.
        using var valid = await BidAsync(bidder, id);
        Assert.That(valid.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task Bidding_needs_an_organization_role_and_a_visible_opportunity()
    {
        var internalId = await CreateContractAsync(Employer(), b => b["visibility"] = "internal");
        using var hidden = await BidAsync(Technician(), internalId);
        Assert.That(hidden.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));

        var id = await CreateContractAsync(Employer());
        using var candidate = await BidAsync(new TokenRequest(Guid.NewGuid(), Guid.NewGuid(), [MarketplaceRoles.Candidate]), id);
        Assert.That(candidate.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        using var noOrganization = await BidAsync(new TokenRequest(Guid.NewGuid(), null, [MarketplaceRoles.Technician]), id);
        Assert.That(noOrganization.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        using var anonymous = await BidAsync(null, id);
        Assert.That(anonymous.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task The_owner_sees_every_bid_a_bidder_only_its_own_and_others_get_404()
    {
        var owner = Employer();
        var id = await CreateContractAsync(owner);
        var first = Technician();
        var second = Employer();
        var firstBid = await PlaceBidAsync(first, id, 600_000);
        var secondBid = await PlaceBidAsync(second, id, 450_000);

        async Task<(HttpStatusCode Status, List<Guid> Ids)> ListAsync(TokenRequest caller)
        {
            using var client = Client(caller);
            using var response = await client.GetAsync(new Uri($"/api/v1/contracts/{id}/bids", UriKind.Relative));
            return response.StatusCode == HttpStatusCode.OK ? (response.StatusCode, Ids(await ReadJsonAsync(response))) : (response.StatusCode, []);
        }

        Assert.That((await ListAsync(owner)).Ids, Is.EqualTo(new[] { secondBid, firstBid }), "the owner sees all, cheapest first");
        Assert.That((await ListAsync(first)).Ids, Is.EqualTo(new[] { firstBid }));
        Assert.That((await ListAsync(new TokenRequest(Guid.NewGuid(), second.OrgId, [MarketplaceRoles.Recruiter]))).Ids, Is.EqualTo(new[] { secondBid }));
        Assert.That((await ListAsync(Technician())).Status, Is.EqualTo(HttpStatusCode.NotFound));

        var noBids = await CreateContractAsync(owner);
        using var ownerClient = Client(owner);
        var empty = await ReadJsonAsync(await ownerClient.GetAsync(new Uri($"/api/v1/contracts/{noBids}/bids", UriKind.Relative)));
        Assert.That(empty.GetProperty("total").GetInt64(), Is.Zero);
        using var badPage = await ownerClient.GetAsync(new Uri($"/api/v1/contracts/{id}/bids?page_size=500", UriKind.Relative));
        Assert.That(await ErrorFieldsAsync(badPage), Does.Contain("page_size"));
    }

    [Test]
    public async Task Awarding_accepts_the_winner_rejects_the_others_and_emits_ContractAwarded()
    {
        var owner = Employer();
        var id = await CreateContractAsync(owner);
        var winner = Employer();
        var winningBid = await PlaceBidAsync(winner, id, 480_000);
        var losingBid = await PlaceBidAsync(Technician(), id, 610_000);

        using var client = Client(owner);
        using var awarded = await client.PostAsJsonAsync($"/api/v1/contracts/{id}/award", new { bid_id = winningBid }, Json);
        Assert.That(awarded.StatusCode, Is.EqualTo(HttpStatusCode.OK), await awarded.Content.ReadAsStringAsync());
        var opportunity = await ReadJsonAsync(awarded);
        Assert.That(opportunity.GetProperty("status").GetString(), Is.EqualTo("awarded"));
        Assert.That(opportunity.GetProperty("awarded_bid_id").GetGuid(), Is.EqualTo(winningBid));

        var bids = await ReadJsonAsync(await client.GetAsync(new Uri($"/api/v1/contracts/{id}/bids", UriKind.Relative)));
        var statuses = bids.GetProperty("items").EnumerateArray()
            .ToDictionary(b => b.GetProperty("id").GetGuid(), b => b.GetProperty("status").GetString());
        Assert.That(statuses, Is.EqualTo(new Dictionary<Guid, string?> { [winningBid] = "accepted", [losingBid] = "rejected" }));

        await using var db = await OpenDatabaseAsync();
        var published = await EventuallyAsync(async () => await db.QuerySingleAsync<int>("""
            select count(*) from outbox_messages
            where message_type like 'Marketplace.Contracts.Listings.ContractAwarded,%'
              and (payload ->> 'opportunityId')::uuid = @id and published_at is not null
            """, new { id }) == 1);
        Assert.That(published, Is.True, "the relay did not publish ContractAwarded");
        var evt = JsonDocument.Parse(await db.QuerySingleAsync<string>("""
            select payload::text from outbox_messages
            where message_type like 'Marketplace.Contracts.Listings.ContractAwarded,%' and (payload ->> 'opportunityId')::uuid = @id
            """, new { id })).RootElement;
        Assert.That(evt.GetProperty("winningBidId").GetGuid(), Is.EqualTo(winningBid));
        Assert.That(evt.GetProperty("winnerOrganizationId").GetGuid(), Is.EqualTo(winner.OrgId));
        Assert.That(evt.GetProperty("amount").GetDecimal(), Is.EqualTo(480_000m));
        Assert.That(evt.GetProperty("rejectedBidIds").EnumerateArray().Select(e => e.GetGuid()), Is.EqualTo(new[] { losingBid }));
    }

    [Test]
    public async Task An_awarded_opportunity_refuses_a_second_award_and_new_bids_with_409()
    {
        var owner = Employer();
        var id = await CreateContractAsync(owner);
        var bid = await PlaceBidAsync(Technician(), id, 500_000);
        var other = await PlaceBidAsync(Technician(), id, 510_000);
        using var client = Client(owner);
        (await client.PostAsJsonAsync($"/api/v1/contracts/{id}/award", new { bid_id = bid }, Json)).EnsureSuccessStatusCode();

        using var again = await client.PostAsJsonAsync($"/api/v1/contracts/{id}/award", new { bid_id = other }, Json);
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        using var late = await BidAsync(Technician(), id);
        Assert.That(late.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));

        await using var db = await OpenDatabaseAsync();
        Assert.That(await db.QuerySingleAsync<int>(
            "select count(*) from outbox_messages where message_type like 'Marketplace.Contracts.Listings.ContractAwarded,%' and (payload ->> 'opportunityId')::uuid = @id",
            new { id }), Is.EqualTo(1));
    }

    [Test]
    public async Task Only_the_owner_awards_and_only_a_bid_on_the_opportunity()
    {
        var owner = Employer();
        var id = await CreateContractAsync(owner);
        var bid = await PlaceBidAsync(Technician(), id, 500_000);
        var elsewhere = await PlaceBidAsync(Technician(), await CreateContractAsync(owner), 500_000);

        using var stranger = Client(Employer());
        using var notOwner = await stranger.PostAsJsonAsync($"/api/v1/contracts/{id}/award", new { bid_id = bid }, Json);
        Assert.That(notOwner.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        using var technician = Client(Technician());
        using var notEmployer = await technician.PostAsJsonAsync($"/api/v1/contracts/{id}/award", new { bid_id = bid }, Json);
        Assert.That(notEmployer.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));

        using var client = Client(owner);
        using var missing = await client.PostAsJsonAsync($"/api/v1/contracts/{id}/award", new { }, Json);
        Assert.That(await ErrorFieldsAsync(missing), Does.Contain("bid_id"));
        using var foreignBid = await client.PostAsJsonAsync($"/api/v1/contracts/{id}/award", new { bid_id = elsewhere }, Json);
        Assert.That(foreignBid.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        using var unknownOpportunity = await client.PostAsJsonAsync($"/api/v1/contracts/{Guid.NewGuid()}/award", new { bid_id = bid }, Json);
        Assert.That(unknownOpportunity.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));

        await using var db = await OpenDatabaseAsync();
        Assert.That(await db.QuerySingleAsync<string>("select status from contract_opportunities where id = @id", new { id }), Is.EqualTo("open"));
        Assert.That(await db.QuerySingleAsync<string>("select status from contract_bids where id = @bid", new { bid }), Is.EqualTo("submitted"));
    }

    [Test]
    public async Task Withdrawn_opportunity_leaves_search_and_takes_no_bids()
    {
        var owner = Employer();
        var id = await CreateContractAsync(owner);
        using (var client = Client(owner))
        using (var response = await client.DeleteAsync(new Uri($"/api/v1/contracts/{id}", UriKind.Relative)))
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        }

        using var bid = await BidAsync(Employer(), id);
        Assert.That(bid.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        await using var db = await OpenDatabaseAsync();
        Assert.That(await db.QuerySingleAsync<string>("select status from contract_opportunities where id = @id", new { id }), Is.EqualTo("withdrawn"));
    }

    [Test]
    public async Task Withdrawing_someone_elses_opportunity_answers_404()
    {
        var id = await CreateContractAsync(Employer());
        using var client = Client(Employer());
        using var response = await client.DeleteAsync(new Uri($"/api/v1/contracts/{id}", UriKind.Relative));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }
}
