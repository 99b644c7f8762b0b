using System.Net;
using System.Text.Json;

namespace Marketplace.Listings.Tests.Functional;

public sealed class ListingAssistantTests : ListingsFixture
{
    private async Task<JsonElement> OptimizeAsync(Guid id, Marketplace.ServiceDefaults.Identity.TokenRequest owner)
    {
        using var client = Client(owner);
        using var response = await client.PostAsync(new Uri($"/api/v1/jobs/{id}/optimize", UriKind.Relative), null);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return await ReadJsonAsync(response);
    }

    private static List<string> Fields(JsonElement result) =>
        result.GetProperty("suggestions").EnumerateArray().Select(s => s.GetProperty("field").GetString()!).ToList();

    [Test]
    public async Task A_listing_without_pay_is_told_the_BLS_range_for_its_occupation()
    {
        var owner = Employer();
        var id = await CreateDraftAsync(owner, body =>
        {
            body["salary_min"] = null;
            body["salary_max"] = null;
            body["compensation_type"] = null;
            return body;
        });
        var result = await OptimizeAsync(id, owner);

        var pay = result.GetProperty("suggestions").EnumerateArray().Single(s => s.GetProperty("field").GetString() == "salary_min");
        Assert.That(pay.GetProperty("message").GetString(), Does.Contain("Elevator and Escalator Installers and Repairers"));
        Assert.That(result.GetProperty("wages").GetProperty("soc_code").GetString(), Is.EqualTo("47-4021"));
    }

    [Test]
    public async Task Pay_below_the_25th_percentile_is_flagged()
    {
        var owner = Employer();
        var id = await CreateDraftAsync(owner, body =>
        {
            body["salary_min"] = 18;
            body["salary_max"] = 20;
            return body;
        });
        Assert.That(Fields(await OptimizeAsync(id, owner)), Does.Contain("salary_max"));
    }

    [Test]
    public async Task Skills_other_listings_of_the_category_ask_for_are_suggested()
    {
        var owner = Employer();
        await CreatePublishedAsync(owner, body =>
        {
            body["required_skills"] = new[] { "hydraulics", "rigging" };
            return body;
        });
        var id = await CreateDraftAsync(owner, body =>
        {
            body["required_skills"] = new[] { "hydraulics" };
            return body;
        });
        var result = await OptimizeAsync(id, owner);
        var skills = result.GetProperty("suggestions").EnumerateArray().Single(s => s.GetProperty("field").GetString() == "required_skills");
        Assert.That(skills.GetProperty("values").EnumerateArray().Select(v => v.GetString()), Does.Contain("rigging").And.Not.Contain("hydraulics"));
        Assert.That(result.GetProperty("screening_questions").GetArrayLength(), Is.GreaterThan(0));
    }

    [Test]
    public async Task Only_the_owner_may_ask()
    {
        var id = await CreateDraftAsync(Employer());
        using var other = Client(Employer());
        using var response = await other.PostAsync(new Uri($"/api/v1/jobs/{id}/optimize", UriKind.Relative), null);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Common_skills_never_come_from_another_organizations_internal_listings()
    {
        var secret = "secret-skill-" + Guid.NewGuid().ToString("N")[..8];
        var other = Employer();
        for (var i = 0; i < 3; i++)
        {
            await CreatePublishedAsync(other, body =>
            {
                body["job_category"] = "plumber";
                body["visibility"] = "internal";
                body["required_skills"] = new[] { secret };
                return body;
            });
        }

        var owner = Employer();
        var id = await CreateDraftAsync(owner, body =>
        {
            body["job_category"] = "plumber";
            body["required_skills"] = Array.Empty<string>();
            return body;
        });
        var result = await OptimizeAsync(id, owner);
        Assert.That(result.ToString(), Does.Not.Contain(secret));
    }
}
