using Marketplace.Matching.Benchmarks;
using Marketplace.ServiceDefaults.ReferenceData;

// dotnet run -c Release --project benchmarks/Marketplace.Matching.Benchmarks -- roles [minilm] [max-queries]
// dotnet run -c Release --project benchmarks/Marketplace.Matching.Benchmarks -- scoring
var referenceData = ReferenceDataDirectory.Require();
switch (args.FirstOrDefault() ?? "scoring")
{
    case "roles":
        await RoleEvaluation.RunAsync(referenceData, args.Contains("minilm"), args.Skip(1).Select(a => int.TryParse(a, out var n) ? n : (int?)null).FirstOrDefault(n => n is not null));
        break;
    default:
        ScoringBenchmark.Run(referenceData);
        break;
}
