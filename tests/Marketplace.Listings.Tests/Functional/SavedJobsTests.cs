using System.Net;
using System.Net.Http.Json;

namespace Marketplace.Listings.Tests.Functional;

public sealed class SavedJobsTests : ListingsFixture
{
    [Test]
    public async Task A_user_saves_lists_and_unsaves_a_listing_with_notes()
    {
        var id = await CreatePublishedAsync(Employer());
        using var client = Client(Technician());

        using var saved = await client.PostAsJsonAsync("/api/v1/saved-jobs", new { listing_id = id, notes = "Call Monday" }, Json);
        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Created));

        var list = await ReadJsonAsync(await client.GetAsync(new Uri("/api/v1/saved-jobs", UriKind.Relative)));
        Assert.That(list.GetProperty("total").GetInt64(), Is.EqualTo(1));
        Assert.That(list.GetProperty("items")[0].GetProperty("notes").GetString(), Is.EqualTo("Call Monday"));
        Assert.That(list.GetProperty("items")[0].GetProperty("listing").GetProperty("id").GetGuid(), Is.EqualTo(id));

        using var removed = await client.DeleteAsync(new Uri($"/api/v1/saved-jobs/{id}", UriKind.Relative));
        Assert.That(removed.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        using var again = await client.DeleteAsync(new Uri($"/api/v1/saved-jobs/{id}", UriKind.Relative));
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Saving_twice_answers_409()
    {
        var id = await CreatePublishedAsync(Employer());
        using var client = Client(Technician());
        (await client.PostAsJsonAsync("/api/v1/saved-jobs", new { listing_id = id }, Json)).EnsureSuccessStatusCode();
        using var second = await client.PostAsJsonAsync("/api/v1/saved-jobs", new { listing_id = id }, Json);
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
    }

    [Test]
    public async Task A_listing_the_user_may_not_see_cannot_be_saved()
    {
        var id = await CreatePublishedAsync(Employer(), body =>
        {
            body["visibility"] = "internal";
            return body;
        });
        using var client = Client(Technician());
        using var response = await client.PostAsJsonAsync("/api/v1/saved-jobs", new { listing_id = id }, Json);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task A_saved_listing_that_is_paused_drops_out_of_the_list()
    {
        var owner = Employer();
        var id = await CreatePublishedAsync(owner);
        using var client = Client(Technician());
        (await client.PostAsJsonAsync("/api/v1/saved-jobs", new { listing_id = id }, Json)).EnsureSuccessStatusCode();
        using (var ownerClient = Client(owner))
        {
            (await ownerClient.PostAsync(new Uri($"/api/v1/jobs/{id}/pause", UriKind.Relative), null)).EnsureSuccessStatusCode();
        }

        var list = await ReadJsonAsync(await client.GetAsync(new Uri("/api/v1/saved-jobs", UriKind.Relative)));
        Assert.That(list.GetProperty("total").GetInt64(), Is.Zero);
    }

    [Test]
    public async Task Bad_saved_job_input_answers_400_naming_the_field()
    {
        using var client = Client(Technician());
        using var missing = await client.PostAsJsonAsync("/api/v1/saved-jobs", new { notes = "x" }, Json);
        using var badPage = await client.GetAsync(new Uri("/api/v1/saved-jobs?page_size=0", UriKind.Relative));
        Assert.That((await ReadJsonAsync(missing)).GetProperty("errors").TryGetProperty("listing_id", out _), Is.True);
        Assert.That((await ReadJsonAsync(badPage)).GetProperty("errors").TryGetProperty("page_size", out _), Is.True);
    }

    [Test]
    public async Task Saved_jobs_need_a_signed_in_user()
    {
        using var anonymous = Client(null);
        using var response = await anonymous.GetAsync(new Uri("/api/v1/saved-jobs", UriKind.Relative));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }
}
