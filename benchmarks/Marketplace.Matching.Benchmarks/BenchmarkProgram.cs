using Marketplace.ServiceDefaults.ReferenceData;

[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]

namespace Marketplace.Matching.Benchmarks;

/// <summary>The entry point (a class, not top-level statements: the Matching service's own Program is hosted by a benchmark).</summary>
public static class BenchmarkProgram
{
    public static async Task Main(string[] args)
    {
        // dotnet run -c Release --project benchmarks/Marketplace.Matching.Benchmarks -- roles [minilm] [learn] [max-queries]   (learn: only with ROLE_SPLIT=tune)
        // dotnet run -c Release --project benchmarks/Marketplace.Matching.Benchmarks -- scoring
        // dotnet run -c Release --project benchmarks/Marketplace.Matching.Benchmarks -- recommendations
        var referenceData = ReferenceFiles.RequireDirectory();
        switch (args.FirstOrDefault() ?? "scoring")
        {
            case "roles":
                await RoleEvaluation.RunAsync(referenceData, args.Contains("minilm"), args.Skip(1).Select(a => int.TryParse(a, out var n) ? n : (int?)null).FirstOrDefault(n => n is not null), args.Contains("learn"));
                break;
            case "recommendations":
                await RecommendationsBenchmark.RunAsync();
                break;
            case "probe":
                // dotnet run ... -- probe "Sr. Maint Tech" "Lift Tech": the lexical top five for each title
                var index = new Marketplace.Matching.Api.Roles.RoleIndex(Marketplace.Matching.Api.Roles.OnetRoles.Load(referenceData));
                foreach (var title in args.Skip(1))
                {
                    Console.WriteLine($"{title}: " + string.Join("; ", index.Normalize(title, 5).Select(m => $"{m.Role.SocCode} {m.Role.Name} {m.Score} ({m.MatchedAlias})")));
                }

                break;
            default:
                ScoringBenchmark.Run(referenceData);
                break;
        }
    }
}
