using System.Net;
using System.Net.Http.Json;
using System.Text;

namespace Marketplace.Matching.Tests.Functional;

public sealed class ProfileTests : MatchingFixture
{
    [Test]
    public async Task A_saved_profile_is_read_back_geocoded_with_its_pay_parsed()
    {
        var caller = Seeker();
        var body = ElevatorProfile();
        body.Remove("latitude");
        body.Remove("longitude");
        body["postal_code"] = "60601";
        await PutProfileAsync(caller, body);

        using var client = Client(caller);
        var profile = await ReadJsonAsync(await client.GetAsync(new Uri("/api/v1/profiles/me", UriKind.Relative)));

        Assert.That(profile.GetProperty("current_title").GetString(), Is.EqualTo("Elevator Mechanic"));
        Assert.That(profile.GetProperty("latitude").GetDouble(), Is.EqualTo(41.88).Within(0.1));
        Assert.That(profile.GetProperty("expected_pay_min").GetDecimal(), Is.EqualTo(45m));
        Assert.That(profile.GetProperty("expected_pay_type").GetString(), Is.EqualTo("hourly"));
        Assert.That(profile.GetProperty("version").GetInt64(), Is.EqualTo(1));
    }

    [Test]
    public async Task Every_profile_change_is_published_with_a_growing_version()
    {
        var caller = Seeker();
        await PutProfileAsync(caller);
        await PutProfileAsync(caller, ElevatorProfile().With("years_experience", 13));

        var events = await OutboxAsync("CandidateProfileUpdated", "userId", caller.Sub);

        Assert.That(events.Select(e => e.GetProperty("version").GetInt64()), Is.EqualTo(new[] { 1L, 2L }));
        Assert.That(events[1].GetProperty("profile").GetProperty("yearsExperience").GetDecimal(), Is.EqualTo(13m));
    }

    [Test]
    public async Task A_caller_without_a_profile_gets_404()
    {
        using var client = Client(Seeker());
        using var response = await client.GetAsync(new Uri("/api/v1/profiles/me", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    [TestCase("years_experience", -1)]
    [TestCase("years_experience", 1e9)]
    [TestCase("current_title", "bad\u0000title")]
    [TestCase("notification_channel", "pigeon")]
    [TestCase("latitude", 123.0)]
    public async Task Bad_profile_fields_are_400_naming_the_field(string field, object value)
    {
        using var client = Client(Seeker());
        using var response = await client.PutAsJsonAsync("/api/v1/profiles/me", ElevatorProfile().With(field, value), Json);

        await AssertNamesFieldAsync(response, field);
    }

    [Test]
    public async Task A_null_in_the_skills_list_is_400_naming_skills()
    {
        using var client = Client(Seeker());
        using var response = await client.PutAsJsonAsync("/api/v1/profiles/me", ElevatorProfile().With("skills", new string?[] { null }), Json);

        await AssertNamesFieldAsync(response, "skills");
    }

    [Test]
    public async Task A_wrong_type_is_400_naming_the_field()
    {
        using var client = Client(Seeker());
        using var content = new StringContent("""{"years_experience":"lots"}""", Encoding.UTF8, "application/json");
        using var response = await client.PutAsync(new Uri("/api/v1/profiles/me", UriKind.Relative), content);

        await AssertNamesFieldAsync(response, "years_experience");
    }

    [Test]
    public async Task Anonymous_callers_are_401()
    {
        using var client = Client(caller: null);
        using var response = await client.GetAsync(new Uri("/api/v1/profiles/me", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    internal static async Task AssertNamesFieldAsync(HttpResponseMessage response, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), body);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(body, Does.Contain($"\"{field}"), body);
    }
}
