using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Marketplace.Listings.Api.Data;
using Microsoft.Extensions.Options;

namespace Marketplace.Listings.Api.Assistant;

/// <summary>
/// An OpenAI-compatible /chat/completions endpoint in JSON mode, asked for suggestions and screening questions the
/// rules did not already give. Its items are marked source "llm". Any failure (timeout, non-2xx, unparsable answer)
/// is logged without listing text and yields no advice, so the rules answer alone.
/// </summary>
public sealed partial class OpenAiListingAdvisor(HttpClient http, IOptions<AssistantOptions> options, ILogger<OpenAiListingAdvisor> logger)
    : IListingAdvisor
{
    private const int MaxItems = 5;
    private const int MaxText = 500;

    private const string Instructions = """
        You review job listings for building-service trades (elevator, HVAC, electrical, plumbing, fire safety,
        property management). Given a listing and the advice already given, propose at most 5 further concrete
        improvements and at most 5 screening questions that are not already covered. Answer only with JSON of the form
        {"suggestions":[{"field":"<snake_case listing field>","message":"<advice>"}],
         "screening_questions":[{"text":"<question>","question_type":"yes_no|number|text"}]}
        """;

    public async Task<ListingAdvice> AdviseAsync(ListingRow listing, OptimizationResult rules, CancellationToken cancellationToken)
    {
        try
        {
            return Parse(await AskAsync(listing, rules, cancellationToken));
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or Polly.ExecutionRejectedException or InvalidOperationException or JsonException
                                  && !cancellationToken.IsCancellationRequested)
        {
            LogFailed(e.GetType().Name);
            return ListingAdvice.None;
        }
    }

    private async Task<string> AskAsync(ListingRow listing, OptimizationResult rules, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var endpoint = settings.Endpoint ?? throw new InvalidOperationException("Assistant:Endpoint is not configured.");
        var facts = JsonSerializer.Serialize(new
        {
            listing = new
            {
                title = listing.Title, description = listing.Description, job_category = listing.JobCategory, trade = listing.Trade,
                job_type = listing.JobType, experience_level = listing.ExperienceLevel, compensation_type = listing.CompensationType,
                salary_min = listing.SalaryMin, salary_max = listing.SalaryMax, currency = listing.Currency,
                required_skills = listing.RequiredSkills, preferred_skills = listing.PreferredSkills,
                required_certifications = listing.RequiredCertifications,
            },
            advice_already_given = rules.Suggestions.Select(s => s.Message),
            questions_already_suggested = rules.ScreeningQuestions.Select(q => q.Text),
        });
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(endpoint, "chat/completions"))
        {
            Content = JsonContent.Create(new ChatRequest(settings.Model, [new("system", Instructions), new("user", facts)], new("json_object"), 0)),
        };
        if (settings.ApiKey is { Length: > 0 } key)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<ChatResponse>(cancellationToken);
        return body?.Choices?.FirstOrDefault()?.Message?.Content
            ?? throw new InvalidOperationException("The chat endpoint answered no message.");
    }

    /// <summary>The model's JSON content as advice: malformed items are dropped, counts and lengths are capped.</summary>
    internal static ListingAdvice Parse(string content)
    {
        var advice = JsonSerializer.Deserialize<ModelAdvice>(content)
            ?? throw new InvalidOperationException("The model answered null.");
        var suggestions = (advice.Suggestions ?? [])
            .Where(s => s is { Field.Length: > 0, Message.Length: > 0 })
            .Take(MaxItems)
            .Select(s => new Suggestion(Cap(s.Field!, 64), "low", Cap(s.Message!, MaxText), Source: "llm"))
            .ToList();
        var questions = (advice.ScreeningQuestions ?? [])
            .Where(q => q is { Text.Length: > 0 })
            .Take(MaxItems)
            .Select(q => new SuggestedQuestion(Cap(q.Text!, MaxText), QuestionType(q.QuestionType), false, null, "llm"))
            .ToList();
        return new ListingAdvice(suggestions, questions);
    }

    // Only types a question can be created with unchanged; multiple choice would need options the model may not give.
    private static string QuestionType(string? type) => type is "yes_no" or "number" or "text" ? type : "text";

    private static string Cap(string text, int length) => text.Length <= length ? text.Trim() : text[..length].Trim();

    [LoggerMessage(EventId = 50, Level = LogLevel.Warning, Message = "The listing assistant provider failed ({Error}); answering with the rules only")]
    private partial void LogFailed(string error);

    private sealed record ChatRequest(
        [property: JsonPropertyName("model")] string Model,
        [property: JsonPropertyName("messages")] IReadOnlyList<ChatMessage> Messages,
        [property: JsonPropertyName("response_format")] ResponseFormat ResponseFormat,
        [property: JsonPropertyName("temperature")] double Temperature);

    private sealed record ChatMessage([property: JsonPropertyName("role")] string Role, [property: JsonPropertyName("content")] string? Content);

    private sealed record ResponseFormat([property: JsonPropertyName("type")] string Type);

    private sealed record ChatResponse([property: JsonPropertyName("choices")] IReadOnlyList<ChatChoice>? Choices);

    private sealed record ChatChoice([property: JsonPropertyName("message")] ChatMessage? Message);

    private sealed record ModelAdvice(
        [property: JsonPropertyName("suggestions")] IReadOnlyList<ModelSuggestion>? Suggestions,
        [property: JsonPropertyName("screening_questions")] IReadOnlyList<ModelQuestion>? ScreeningQuestions);

    private sealed record ModelSuggestion(
        [property: JsonPropertyName("field")] string? Field, [property: JsonPropertyName("message")] string? Message);

    private sealed record ModelQuestion(
        [property: JsonPropertyName("text")] string? Text, [property: JsonPropertyName("question_type")] string? QuestionType);
}
