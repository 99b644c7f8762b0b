namespace Marketplace.Matching.Benchmarks;

public static class ScoringBenchmark
{
    public static void Run(string referenceData) => Console.WriteLine("todo");
}
