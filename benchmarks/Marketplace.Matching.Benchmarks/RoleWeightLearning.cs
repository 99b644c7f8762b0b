using Marketplace.Matching.Api.Roles;

namespace Marketplace.Matching.Benchmarks;

/// <summary>
/// Learns <see cref="RoleFeatures"/> weights by coordinate ascent on the objective top-1 + top-5 + major group over the
/// queries given — run it on the tuning split only (ROLE_SPLIT=tune), never on the held-out fifth. The candidates and
/// their features are computed once; each step tries scaling one weight up or down and keeps what helps.
/// </summary>
public static class RoleWeightLearning
{
    // ROLE_TOP5_EMPHASIS weighs top-5 hits more in the objective (default 1: the three figures count alike).
    private static readonly int Emphasis = int.TryParse(Environment.GetEnvironmentVariable("ROLE_TOP5_EMPHASIS"), out var e) ? e : 1;

    public static void Learn(RoleIndex index, IReadOnlyList<(string Title, HashSet<string> Codes)> gold, float[][]? queryVectors)
    {
        if (Environment.GetEnvironmentVariable("ROLE_SPLIT") != "tune")
        {
            throw new InvalidOperationException("Learn weights on the tuning split only (ROLE_SPLIT=tune).");
        }

        var queries = gold.Select((g, q) => (
            Candidates: index.Candidates(g.Title, queryVectors?[q]).ToArray(),
            Gold: g.Codes)).ToList();
        var reachable = queries.Count(q => q.Candidates.Any(c => q.Gold.Contains(index.Roles[c.Role].SocCode![..7])));
        Console.WriteLine($"a gold occupation is among the candidates for {reachable / (double)queries.Count:P1} of titles");
        var weights = (queryVectors is null ? index.LexicalWeights : index.SemanticWeights).ToArray();
        var score = Evaluate(index, queries, weights);
        Console.WriteLine($"start {Format(weights)} -> {Describe(score, queries.Count)}");
        double[] scales = [0, 0.5, 0.8, 0.9, 1.1, 1.25, 2, -1];
        double[] seeds = [0.01, 0.05, 0.2, 1, 3];
        for (var round = 0; round < 6; round++)
        {
            var improved = false;
            for (var f = 1; f < weights.Length; f++)
            {
                var tries = weights[f] == 0 ? seeds : scales.Select(s => weights[f] * s).ToArray();
                foreach (var value in tries)
                {
                    var trial = weights.ToArray();
                    trial[f] = value;
                    var s = Evaluate(index, queries, trial);
                    if (s.Sum > score.Sum)
                    {
                        (weights, score, improved) = (trial, s, true);
                        Console.WriteLine($"  {RoleFeatures.Names[f]} = {value:0.####} -> {Describe(score, queries.Count)}");
                    }
                }
            }

            if (!improved)
            {
                break;
            }
        }

        Console.WriteLine($"learned ROLE_WEIGHTS={Format(weights)} -> {Describe(score, queries.Count)}");
        if (Environment.GetEnvironmentVariable("ROLE_MISSES") is { } misses)
        {
            foreach (var (title, q) in gold.Select((g, i) => (g.Title, queries[i])).Take(int.Parse(misses, System.Globalization.CultureInfo.InvariantCulture)))
            {
                var ranked = q.Candidates.OrderByDescending(c => RoleFeatures.Rank(c.Features, weights)).Select(c => index.Roles[c.Role]).ToList();
                var at = ranked.FindIndex(r => q.Gold.Contains(r.SocCode![..7]));
                if (at is < 0 or >= 5)
                {
                    Console.WriteLine($"{title} | gold {string.Join("/", q.Gold.Select(c => index.Roles.First(r => r.SocCode![..7] == c).Name))} at {at} | {string.Join("; ", ranked.Take(5).Select(r => r.Name))}");
                }
            }
        }
    }

    private static (int Top1, int Top5, int Major, int Sum) Evaluate(
        RoleIndex index, List<(RoleCandidate[] Candidates, HashSet<string> Gold)> queries, double[] weights)
    {
        int top1 = 0, top5 = 0, major = 0;
        foreach (var (candidates, gold) in queries)
        {
            var ranked = candidates
                .OrderByDescending(c => RoleFeatures.Rank(c.Features, weights))
                .ThenBy(c => index.Roles[c.Role].SocCode, StringComparer.Ordinal)
                .Take(5).Select(c => index.Roles[c.Role].SocCode![..7]).ToList();
            if (ranked.Count == 0)
            {
                continue;
            }

            top1 += gold.Contains(ranked[0]) ? 1 : 0;
            top5 += ranked.Any(gold.Contains) ? 1 : 0;
            major += gold.Any(c => c[..2] == ranked[0][..2]) ? 1 : 0;
        }

        return (top1, top5, major, top1 + Emphasis * top5 + major);
    }

    private static string Describe((int Top1, int Top5, int Major, int Sum) s, int n) =>
        $"top-1 {s.Top1 / (double)n:P1} top-5 {s.Top5 / (double)n:P1} major {s.Major / (double)n:P1}";

    private static string Format(double[] weights) =>
        string.Join(",", weights.Select(w => w.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture)));
}
