using System.Diagnostics;
using Marketplace.Matching.Api.Domain;

namespace Marketplace.Matching.Benchmarks;

/// <summary>
/// The scorer's cost: one job against N candidate profiles, and one profile against N active jobs, for N from
/// 10,000 to 100,000 (targets: 100,000 in ≤ 1 s each), single-threaded and on every core. Each figure is the median
/// of five runs after a warm-up; the population is built once (<see cref="SharedDataCorpus"/>) and not timed.
/// </summary>
public static class ScoringBenchmark
{
    private static readonly int[] Sizes = [10_000, 25_000, 50_000, 100_000];

    public static void Run(string referenceData)
    {
        var today = new DateOnly(2026, 11, 30);
        var watch = Stopwatch.StartNew();
        var corpus = new SharedDataCorpus(referenceData);
        var candidates = corpus.Candidates(Sizes[^1], seed: 1);
        var jobs = corpus.Jobs(Sizes[^1], seed: 2);
        Console.WriteLine($"population: {candidates.Count:N0} profiles and {jobs.Count:N0} jobs from the shared data, built in {watch.Elapsed.TotalSeconds:0.0} s");
        Console.WriteLine($"cores: {Environment.ProcessorCount}");

        var probeJobs = corpus.Jobs(5, seed: 3);
        var probeProfiles = corpus.Candidates(5, seed: 4);
        Console.WriteLine();
        Console.WriteLine("         N   job→profiles 1 thread   all cores   profile→jobs 1 thread   all cores   recommended (job→profiles)");
        foreach (var n in Sizes)
        {
            var slice = candidates.Take(n).ToList();
            var jobSlice = jobs.Take(n).ToList();
            var recommended = 0;
            var jobSerial = Median(() => recommended = probeJobs.Sum(j => slice.Count(c => MatchScorer.Score(c, j, today).IsRecommended))) / probeJobs.Count;
            var jobParallel = Median(() => probeJobs.ForEach(j => slice.AsParallel().Select(c => MatchScorer.Score(c, j, today).Score).Max())) / probeJobs.Count;
            var profileSerial = Median(() => probeProfiles.ForEach(p => jobSlice.Select(j => MatchScorer.Score(p, j, today).Score).Max())) / probeProfiles.Count;
            var profileParallel = Median(() => probeProfiles.ForEach(p => jobSlice.AsParallel().Select(j => MatchScorer.Score(p, j, today).Score).Max())) / probeProfiles.Count;
            Console.WriteLine($"{n,10:N0}   {jobSerial,18:0} ms   {jobParallel,6:0} ms   {profileSerial,18:0} ms   {profileParallel,6:0} ms   {recommended / probeJobs.Count,10:N0}");
        }
    }

    private static double Median(Action action)
    {
        action();
        var times = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return times[2];
    }
}
