using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Marketplace.Listings.Tests.Functional;

/// <summary>What a listing body may change and what a reader is shown (issue #9, items 4, 5 and 6).</summary>
public sealed class ListingInputTests : ListingsFixture
{
    private async Task<JsonElement> PutAsync(Guid id, object body, Marketplace.ServiceDefaults.Identity.TokenRequest owner)
    {
        using var client = Client(owner);
        using var response = await client.PutAsJsonAsync($"/api/v1/jobs/{id}", body, Json);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return await ReadJsonAsync(response);
    }

    [Test]
    public async Task Update_that_omits_visibility_keeps_an_internal_listing_internal()
    {
        var owner = Employer();
        var id = await CreateDraftAsync(owner, b => { b["visibility"] = "internal"; return b; });
        var updated = await PutAsync(id, new { title = "Elevator Mechanic — night shift" }, owner);
        Assert.That(updated.GetProperty("visibility").GetString(), Is.EqualTo("internal"));
        Assert.That(updated.GetProperty("title").GetString(), Is.EqualTo("Elevator Mechanic — night shift"));
    }

    [Test]
    public async Task Update_that_omits_fields_keeps_them()
    {
        var owner = Employer();
        var id = await CreateDraftAsync(owner);
        var updated = await PutAsync(id, new { salary_max = 70 }, owner);
        Assert.That(updated.GetProperty("city").GetString(), Is.EqualTo("Chicago"));
        Assert.That(updated.GetProperty("required_skills").GetArrayLength(), Is.EqualTo(2));
        Assert.That(updated.GetProperty("salary_max").GetDecimal(), Is.EqualTo(70m));
    }

    [Test]
    public async Task Update_that_sends_null_clears_the_field()
    {
        var owner = Employer();
        var id = await CreateDraftAsync(owner);
        var updated = await PutAsync(id, new Dictionary<string, object?> { ["postal_code"] = null }, owner);
        Assert.That(updated.GetProperty("postal_code").ValueKind, Is.EqualTo(JsonValueKind.Null));
    }

    [Test]
    public async Task The_employer_name_shown_to_seekers_is_kept_through_an_update_that_omits_it_and_anonymous_visitors_see_it()
    {
        var owner = Employer();
        var id = await CreatePublishedAsync(owner, b => { b["organization_name"] = "  Lakeview Properties "; return b; });
        var updated = await PutAsync(id, new { salary_max = 70 }, owner);
        Assert.That(updated.GetProperty("organization_name").GetString(), Is.EqualTo("Lakeview Properties"));

        using var anonymous = Client(null);
        var seen = await ReadJsonAsync(await anonymous.GetAsync(new Uri($"/api/v1/jobs/{id}", UriKind.Relative)));
        Assert.That(seen.GetProperty("organization_name").GetString(), Is.EqualTo("Lakeview Properties"));
    }

    [Test]
    public async Task An_employer_name_over_200_characters_is_a_400_naming_organization_name()
    {
        using var client = Client(Employer());
        var body = ValidListing();
        body["organization_name"] = new string('x', 201);
        using var response = await client.PostAsJsonAsync("/api/v1/jobs", body, Json);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await ReadJsonAsync(response)).GetProperty("errors").TryGetProperty("organization_name", out _), Is.True);
    }

    [Test]
    public async Task Employer_cannot_make_its_listing_featured_or_filled()
    {
        var owner = Employer();
        var id = await CreateDraftAsync(owner, b => { b["featured"] = true; b["positions_filled"] = 1; return b; });
        var updated = await PutAsync(id, new { featured = true, positions_filled = 2 }, owner);
        Assert.That(updated.GetProperty("featured").GetBoolean(), Is.False);
        Assert.That(updated.GetProperty("positions_filled").GetInt32(), Is.Zero);
    }

    [Test]
    public async Task Anonymous_visitors_never_see_contact_details()
    {
        var id = await CreatePublishedAsync(Employer(), b =>
        {
            b["contact_email"] = "hiring@example.com";
            b["contact_phone"] = "+1 312 555 0100";
            b["address"] = "1 Loop Plaza";
            return b;
        });
        using var anonymous = Client(null);
        var detail = await ReadJsonAsync(await anonymous.GetAsync(new Uri($"/api/v1/jobs/{id}", UriKind.Relative)));
        Assert.That(detail.GetProperty("contact_email").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(detail.GetProperty("contact_phone").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(detail.GetProperty("address").ValueKind, Is.EqualTo(JsonValueKind.Null));
        var search = await anonymous.GetStringAsync(new Uri("/api/v1/jobs?page_size=100", UriKind.Relative));
        Assert.That(search, Does.Not.Contain("hiring@example.com"));
    }

    [Test]
    public async Task Signed_in_user_who_may_see_the_listing_sees_contact_details()
    {
        var id = await CreatePublishedAsync(Employer(), b => { b["contact_email"] = "hiring@example.com"; return b; });
        using var client = Client(Technician());
        var detail = await ReadJsonAsync(await client.GetAsync(new Uri($"/api/v1/jobs/{id}", UriKind.Relative)));
        Assert.That(detail.GetProperty("contact_email").GetString(), Is.EqualTo("hiring@example.com"));
    }

    [TestCase("/api/v1/saved-jobs?pageSize=5", "pageSize")]
    [TestCase("/api/v1/jobs?categorie=plumber", "categorie")]
    public async Task Unknown_query_parameter_answers_400_naming_it(string url, string parameter)
    {
        using var client = Client(Technician());
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await ReadJsonAsync(response)).GetProperty("errors").ToString(), Does.Contain($"'{parameter}' is not a query parameter"));
    }
}
