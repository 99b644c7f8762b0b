using System.Net;
using System.Net.Http.Json;
using Dapper;

namespace Marketplace.Listings.Tests.Functional;

public sealed class ScreeningQuestionsTests : ListingsFixture
{
    private static object YesNo(string text = "Do you hold a QEI certificate?") =>
        new { text, question_type = "yes_no", required = true, order = 1, knockout_answer = "no" };

    [Test]
    public async Task Questions_added_to_a_draft_are_published_with_the_listing()
    {
        var owner = Employer();
        var id = await CreateDraftAsync(owner);
        using var client = Client(owner);
        using var added = await client.PostAsJsonAsync($"/api/v1/jobs/{id}/screening-questions", YesNo(), Json);
        Assert.That(added.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        (await client.PostAsync(new Uri($"/api/v1/jobs/{id}/publish", UriKind.Relative), null)).EnsureSuccessStatusCode();

        await using var db = await OpenDatabaseAsync();
        var knockout = await db.QuerySingleAsync<string>("""
            select payload -> 'listing' -> 'screeningQuestions' -> 0 ->> 'knockoutAnswer' from outbox_messages
            where message_type like 'Marketplace.Contracts.Listings.JobListingPublished,%' and (payload ->> 'listingId')::uuid = @id
            """, new { id });
        Assert.That(knockout, Is.EqualTo("no"));
    }

    [Test]
    public async Task Candidates_see_the_questions_without_the_knockout_answers()
    {
        var owner = Employer();
        var id = await CreatePublishedAsync(owner);
        using (var client = Client(owner))
        {
            (await client.PostAsJsonAsync($"/api/v1/jobs/{id}/screening-questions", YesNo(), Json)).EnsureSuccessStatusCode();
        }

        using var candidate = Client(Technician());
        var questions = await ReadJsonAsync(await candidate.GetAsync(new Uri($"/api/v1/jobs/{id}/screening-questions", UriKind.Relative)));
        Assert.That(questions.GetArrayLength(), Is.EqualTo(1));
        Assert.That(questions[0].GetProperty("knockout_answer").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Null));
    }

    [Test]
    public async Task Changing_a_live_listings_questions_emits_JobListingUpdated()
    {
        var owner = Employer();
        var id = await CreatePublishedAsync(owner);
        using var client = Client(owner);
        (await client.PostAsJsonAsync($"/api/v1/jobs/{id}/screening-questions", YesNo(), Json)).EnsureSuccessStatusCode();

        await using var db = await OpenDatabaseAsync();
        var changed = await db.QuerySingleAsync<string>("""
            select payload ->> 'changedFields' from outbox_messages
            where message_type like 'Marketplace.Contracts.Listings.JobListingUpdated,%' and (payload ->> 'listingId')::uuid = @id
            """, new { id });
        Assert.That(changed, Does.Contain("screening_questions"));
    }

    [TestCase("""{"text": "Years?", "question_type": "number", "knockout_answer": "five"}""", "knockout_answer")]
    [TestCase("""{"text": "Which controller?", "question_type": "multiple_choice", "options": ["Otis"]}""", "options")]
    [TestCase("""{"text": "Which controller?", "question_type": "multiple_choice", "options": ["Otis", "KONE"], "knockout_answer": "Fuji"}""", "knockout_answer")]
    [TestCase("""{"text": "Any?", "question_type": "essay"}""", "question_type")]
    [TestCase("""{"question_type": "text"}""", "text")]
    public async Task Bad_question_answers_400_naming_the_field(string json, string field)
    {
        var owner = Employer();
        var id = await CreateDraftAsync(owner);
        using var client = Client(owner);
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri($"/api/v1/jobs/{id}/screening-questions", UriKind.Relative), content);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await ReadJsonAsync(response)).GetProperty("errors").TryGetProperty(field, out _), Is.True);
    }

    [Test]
    public async Task Another_organization_cannot_add_questions()
    {
        var id = await CreateDraftAsync(Employer());
        using var other = Client(Employer());
        using var response = await other.PostAsJsonAsync($"/api/v1/jobs/{id}/screening-questions", YesNo(), Json);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task The_owner_deletes_a_question()
    {
        var owner = Employer();
        var id = await CreateDraftAsync(owner);
        using var client = Client(owner);
        var question = await ReadJsonAsync(await client.PostAsJsonAsync($"/api/v1/jobs/{id}/screening-questions", YesNo(), Json));
        var questionId = question.GetProperty("question_id").GetGuid();

        using var deleted = await client.DeleteAsync(new Uri($"/api/v1/jobs/{id}/screening-questions/{questionId}", UriKind.Relative));
        using var again = await client.DeleteAsync(new Uri($"/api/v1/jobs/{id}/screening-questions/{questionId}", UriKind.Relative));
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }
}
