using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Marketplace.Fuzz.Tests;

/// <summary>
/// The guard of issue #9: every operation of every service's OpenAPI document, sent malformed variants by a valid
/// caller. Operations added later are covered without new tests; a new service is one line in FuzzedService.All.
/// </summary>
[Parallelizable(ParallelScope.None)]
public sealed partial class OpenApiFuzzTests
{
    private static readonly Dictionary<string, HostedService> Hosted = [];

    public static IEnumerable<FuzzedService> Services => FuzzedService.All;

    [OneTimeTearDown]
    public async Task StopServices()
    {
        foreach (var hosted in Hosted.Values)
        {
            await hosted.DisposeAsync();
        }

        Hosted.Clear();
    }

    [TestCaseSource(nameof(Services))]
    public async Task Every_operation_answers_malformed_input_with_problem_details_and_never_a_5xx(FuzzedService service)
    {
        var hosted = await HostAsync(service);
        var operations = OpenApiOperation.ReadAll(hosted.Document);
        var failures = new List<string>();
        var statuses = new SortedDictionary<int, int>();
        var sent = 0;
        var clock = Stopwatch.StartNew();
        foreach (var operation in operations)
        {
            foreach (var variant in VariantGenerator.For(operation))
            {
                using var request = new HttpRequestMessage(new HttpMethod(operation.Method), variant.Url) { Content = variant.Content() };
                using var response = await SendAsync(hosted.Client, request);
                sent++;
                if (response is null)
                {
                    failures.Add($"{operation.Id} — {variant.Description}: the request failed or timed out");
                    continue;
                }

                statuses[(int)response.StatusCode] = statuses.GetValueOrDefault((int)response.StatusCode) + 1;
                if (await ResponseVerdict.JudgeAsync(response) is { } failure)
                {
                    failures.Add($"{operation.Id} — {variant.Description}: {failure}");
                }
                else if (variant.Description == VariantGenerator.UnknownParameter
                    && (response.StatusCode != System.Net.HttpStatusCode.BadRequest
                        || !(await response.Content.ReadAsStringAsync()).Contains("\"fuzz_unknown\"", StringComparison.Ordinal)))
                {
                    failures.Add($"{operation.Id} — an unknown query parameter was ignored ({(int)response.StatusCode}), not a 400 naming it");
                }
            }
        }

        TestContext.Out.WriteLine(
            $"{service.Name}: {operations.Count} operations, {sent} variants in {clock.Elapsed.TotalSeconds:F1} s; "
            + $"statuses {string.Join(", ", statuses.Select(s => $"{s.Key}×{s.Value}"))}; {failures.Count} failures");
        Assert.That(hosted.Document["paths"], Is.Not.Null, "the OpenAPI document has no paths");
        Assert.That(failures, Is.Empty, string.Join("\n", failures.Take(60)));
    }

    [TestCaseSource(nameof(Services))]
    public async Task Every_query_parameter_is_snake_case(FuzzedService service)
    {
        var hosted = await HostAsync(service);
        var wrong = OpenApiOperation.ReadAll(hosted.Document)
            .SelectMany(o => o.Parameters.Where(p => p.In == "query" && !SnakeCase().IsMatch(p.Name)).Select(p => $"{o.Id}: {p.Name}"))
            .ToList();
        Assert.That(wrong, Is.Empty);
    }

    private static async Task<HttpResponseMessage?> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        try
        {
            return await client.SendAsync(request);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            TestContext.Out.WriteLine($"{request.Method} {request.RequestUri}: {e.GetType().Name} {e.Message}");
            return null;
        }
    }

    private static async Task<HostedService> HostAsync(FuzzedService service)
    {
        if (!Hosted.TryGetValue(service.Name, out var hosted))
        {
            hosted = await HostedService.StartAsync(service);
            Hosted[service.Name] = hosted;
        }

        return hosted;
    }

    [GeneratedRegex("^[a-z][a-z0-9]*(_[a-z0-9]+)*$")]
    private static partial Regex SnakeCase();
}
