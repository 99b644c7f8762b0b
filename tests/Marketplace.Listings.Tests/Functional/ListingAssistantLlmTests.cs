using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Marketplace.ServiceDefaults.Http;
using Marketplace.ServiceDefaults.Identity;
using Marketplace.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Marketplace.Listings.Tests.Functional;

/// <summary>
/// The optional LLM advisor against a real loopback HTTP server standing in for an OpenAI-compatible endpoint:
/// its advice is added next to the rules, and a broken, garbled or absent endpoint leaves the rules answer intact.
/// </summary>
public sealed class ListingAssistantLlmTests
{
    private const string CannedContent = """
        {"suggestions":[{"field":"description","message":"Mention the machine-room-less units in the portfolio."}],
         "screening_questions":[{"text":"Have you serviced Schindler 3300 units?","question_type":"yes_no"},
                                {"text":"Pick your favourite colour","question_type":"multiple_choice"}]}
        """;

    private FakeChatEndpoint llm = null!;
    private ServiceFactory<Program> configured = null!;
    private ServiceFactory<Program> nothingListening = null!;
    private ServiceFactory<Program> unconfigured = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        llm = await FakeChatEndpoint.StartAsync();
        var infrastructure = await TestInfrastructure.GetAsync();

        async Task<ServiceFactory<Program>> Service(Dictionary<string, string?> settings) =>
            new(infrastructure, "listingsdb", await infrastructure.CreateDatabaseAsync("listings_llm"), settings);

        configured = await Service(new()
        {
            ["Assistant:Provider"] = "openai", ["Assistant:Endpoint"] = llm.BaseAddress, ["Assistant:Model"] = "test-model",
            ["Assistant:ApiKey"] = "test-key", ["Assistant:Timeout"] = "00:00:03",
        });
        nothingListening = await Service(new()
        {
            ["Assistant:Provider"] = "openai", ["Assistant:Endpoint"] = $"http://127.0.0.1:{ClosedPort()}/v1/",
            ["Assistant:Timeout"] = "00:00:03",
        });
        // An endpoint is known but no provider is chosen: the default must not call it.
        unconfigured = await Service(new() { ["Assistant:Endpoint"] = llm.BaseAddress });
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await configured.DisposeAsync();
        await nothingListening.DisposeAsync();
        await unconfigured.DisposeAsync();
        await llm.DisposeAsync();
    }

    [SetUp]
    public void Reset() => llm.Mode = FakeMode.Answer;

    [Test]
    public async Task Llm_advice_is_added_next_to_the_rules_and_marked_llm()
    {
        var calls = llm.Calls;
        var result = await OptimizeAsync(configured);

        var suggestions = result.GetProperty("suggestions").EnumerateArray().ToList();
        var llmSuggestion = suggestions.Single(s => s.GetProperty("source").GetString() == "llm");
        Assert.That(llmSuggestion.GetProperty("field").GetString(), Is.EqualTo("description"));
        Assert.That(llmSuggestion.GetProperty("message").GetString(), Does.Contain("machine-room-less"));
        Assert.That(suggestions.Any(s => s.GetProperty("source").GetString() == "rules"), Is.True, "the rules' suggestions stay");

        var questions = result.GetProperty("screening_questions").EnumerateArray().ToList();
        Assert.That(questions.Count(q => q.GetProperty("source").GetString() == "rules"), Is.GreaterThan(0));
        var llmQuestions = questions.Where(q => q.GetProperty("source").GetString() == "llm").ToList();
        Assert.That(llmQuestions.Select(q => q.GetProperty("text").GetString()), Does.Contain("Have you serviced Schindler 3300 units?"));
        Assert.That(llmQuestions.Select(q => q.GetProperty("question_type").GetString()), Is.EquivalentTo(new[] { "yes_no", "text" }),
            "a multiple choice question without options is downgraded to text");

        Assert.That(llm.Calls, Is.GreaterThan(calls));
        Assert.That(llm.LastAuthorization, Is.EqualTo("Bearer test-key"));
        Assert.That(llm.LastRequest!.Value.GetProperty("model").GetString(), Is.EqualTo("test-model"));
        Assert.That(llm.LastRequest!.Value.GetProperty("response_format").GetProperty("type").GetString(), Is.EqualTo("json_object"));
    }

    [TestCase(FakeMode.ServerError)]
    [TestCase(FakeMode.GarbageBody)]
    [TestCase(FakeMode.GarbageContent)]
    [TestCase(FakeMode.Slow)]
    public async Task A_failing_provider_leaves_the_rules_answer(FakeMode mode)
    {
        llm.Mode = mode;
        var calls = llm.Calls;
        var result = await OptimizeAsync(configured);

        Assert.That(llm.Calls, Is.GreaterThan(calls), "the provider was asked");
        AssertRulesOnly(result);
    }

    [Test]
    public async Task Nothing_listening_at_the_endpoint_leaves_the_rules_answer() =>
        AssertRulesOnly(await OptimizeAsync(nothingListening));

    [Test]
    public async Task Without_a_provider_nothing_calls_out()
    {
        var calls = llm.Calls;
        AssertRulesOnly(await OptimizeAsync(unconfigured));
        Assert.That(llm.Calls, Is.EqualTo(calls));
    }

    private static void AssertRulesOnly(JsonElement result)
    {
        var items = result.GetProperty("suggestions").EnumerateArray().Concat(result.GetProperty("screening_questions").EnumerateArray()).ToList();
        Assert.That(items, Is.Not.Empty);
        Assert.That(items.Select(i => i.GetProperty("source").GetString()), Is.All.EqualTo("rules"));
    }

    private static async Task<JsonElement> OptimizeAsync(ServiceFactory<Program> service)
    {
        var owner = new TokenRequest(Guid.NewGuid(), Guid.NewGuid(), [MarketplaceRoles.Employer], null, null, null, true);
        using var client = service.CreateClient(owner);
        using var created = await client.PostAsJsonAsync("/api/v1/jobs", Listing(), HttpConventions.JsonOptions);
        Assert.That((int)created.StatusCode, Is.EqualTo(201), await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(HttpConventions.JsonOptions)).GetProperty("id").GetGuid();

        using var response = await client.PostAsync(new Uri($"/api/v1/jobs/{id}/optimize", UriKind.Relative), null);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>(HttpConventions.JsonOptions);
    }

    // An elevator listing without pay and with a short (valid, under 400 characters) description, so the rules have something to say.
    private static Dictionary<string, object?> Listing() => new()
    {
        ["title"] = "Elevator Mechanic", ["description"] = "Service and repair traction and hydraulic elevators in downtown office towers; on-call one week in six, van provided.", ["job_category"] = "elevator_mechanic",
        ["job_type"] = "permanent", ["visibility"] = "global", ["experience_level"] = "senior", ["location_type"] = "on_site",
        ["city"] = "Chicago", ["state_province"] = "IL", ["country"] = "US", ["postal_code"] = "60601", ["positions_available"] = 1,
    };

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public enum FakeMode
    {
        Answer,
        ServerError,
        GarbageBody,
        GarbageContent,
        Slow,
    }

    /// <summary>A real Kestrel server on a free loopback port answering /v1/chat/completions as <see cref="Mode"/> says.</summary>
    private sealed class FakeChatEndpoint : IAsyncDisposable
    {
        private readonly WebApplication app;
        private int calls;

        private FakeChatEndpoint(WebApplication app) => this.app = app;

        public FakeMode Mode { get; set; }

        public int Calls => Volatile.Read(ref calls);

        public string? LastAuthorization { get; private set; }

        public JsonElement? LastRequest { get; private set; }

        public string BaseAddress => app.Urls.First().TrimEnd('/') + "/v1/";

        public static async Task<FakeChatEndpoint> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            var app = builder.Build();
            var fake = new FakeChatEndpoint(app);
            app.MapPost("/v1/chat/completions", fake.AnswerAsync);
            await app.StartAsync();
            return fake;
        }

        private async Task<IResult> AnswerAsync(HttpRequest request, CancellationToken aborted)
        {
            Interlocked.Increment(ref calls);
            LastAuthorization = request.Headers.Authorization.ToString();
            LastRequest = await JsonSerializer.DeserializeAsync<JsonElement>(request.Body, cancellationToken: aborted);
            if (Mode == FakeMode.Slow)
            {
                // Longer than the service's 3 s Assistant:Timeout; ends early when the service gives up on the call.
                await Task.Delay(TimeSpan.FromSeconds(30), aborted).ContinueWith(_ => { }, TaskScheduler.Default);
            }

            return Mode switch
            {
                FakeMode.ServerError => Results.StatusCode(500),
                FakeMode.GarbageBody => Results.Text("<html>upstream gateway</html>", "text/html"),
                FakeMode.GarbageContent => Results.Json(Completion("Sure! Here are some ideas: add more detail.")),
                _ => Results.Json(Completion(CannedContent)),
            };
        }

        private static object Completion(string content) =>
            new { id = "chatcmpl-test", @object = "chat.completion", choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } } };

        public async ValueTask DisposeAsync() => await app.DisposeAsync();
    }
}
