using System.Diagnostics;
using Marketplace.Embeddings;
using Marketplace.Matching.Api.Roles;

namespace Marketplace.Matching.Benchmarks;

/// <summary>
/// Role normalization quality on titles the index has never seen. Method: every alternate title of the shared
/// O*NET file whose normalized text hashes (FNV-1a) into the lowest fifth is held out; the index is built from the
/// other titles plus the occupation titles. Each distinct held-out title is one query; its gold set is every
/// occupation it is listed under. Top-1 and top-5 count a hit when a proposed role's 6-digit SOC ("47-4021") is in
/// the gold set; major group compares the first two digits of the top role.
/// </summary>
public static class RoleEvaluation
{
    public static async Task RunAsync(string referenceData, bool useMiniLm, int? maxQueries, bool learn = false)
    {
        // ROLE_SPLIT=tune tunes on a split of the training part only (hash mod 5 == 1 queried, mod 5 == 0 never
        // seen), so the held-out fifth is measured once, after the settings are chosen.
        var tune = Environment.GetEnvironmentVariable("ROLE_SPLIT") == "tune";
        bool HeldOut(string title) => Fnv(title.Trim().ToLowerInvariant()) % 5 == (tune ? 1u : 0u);
        bool Excluded(string title) => Fnv(title.Trim().ToLowerInvariant()) % 5 is var h && (h == 0 || (tune && h == 1));

        var watch = Stopwatch.StartNew();
        var roles = OnetRoles.Load(referenceData, (_, title) => !Excluded(title));
        var index = new RoleIndex(roles)
        {
            // ROLE_K / ROLE_SEMANTIC / ROLE_WEIGHTS (comma-separated, RoleFeatures order) override the defaults.
            Neighbours = Setting("ROLE_K", 80),
            SemanticNeighbours = Setting("ROLE_K", 60),
            SemanticShare = Setting("ROLE_SEMANTIC", 0.65),
            LexicalWeights = Weights("ROLE_WEIGHTS") ?? RoleFeatures.LexicalDefaults,
            SemanticWeights = Weights("ROLE_WEIGHTS") ?? RoleFeatures.SemanticDefaults,
        };
        Console.WriteLine($"index: {roles.Count} occupations, {index.AliasCount} aliases, built in {watch.ElapsedMilliseconds} ms");

        var gold = OnetRoles.AlternateTitles(referenceData)
            .Where(t => HeldOut(t.Title))
            .GroupBy(t => t.Title.Trim(), StringComparer.OrdinalIgnoreCase)
            .Select(g => (Title: g.Key, Codes: g.Select(t => t.SocCode[..7]).ToHashSet(StringComparer.Ordinal)))
            .OrderBy(g => Fnv(g.Title))
            .Take(maxQueries ?? int.MaxValue)
            .ToList();

        float[][]? queryVectors = null;
        if (useMiniLm)
        {
            var provider = new MiniLmEmbeddingProvider(TradeLexicon.Build(referenceData));
            watch.Restart();
            index.AttachVectors((await CachedAsync($"aliases-{index.AliasCount}", () => EmbedAllAsync(provider, index.AliasTexts))).ToArray());
            Console.WriteLine($"alias vectors: {index.AliasCount} in {watch.Elapsed.TotalSeconds:0.0} s");
            index.AttachOccupationVectors((await CachedAsync($"occupations-{roles.Count}", () => EmbedAllAsync(provider, index.OccupationTexts))).ToArray());
            queryVectors = (await CachedAsync($"queries-{gold.Count}", () => EmbedAllAsync(provider, gold.Select(g => g.Title).ToList()))).ToArray();
        }

        if (learn)
        {
            RoleWeightLearning.Learn(index, gold, queryVectors);
            return;
        }

        int top1 = 0, top5 = 0, major = 0;
        watch.Restart();
        for (var q = 0; q < gold.Count; q++)
        {
            var (title, codes) = gold[q];
            var proposed = index.Normalize(title, 5, queryVectors?[q]);
            if (proposed.Count == 0)
            {
                continue;
            }

            top1 += codes.Contains(proposed[0].Role.SocCode![..7]) ? 1 : 0;
            top5 += proposed.Any(p => codes.Contains(p.Role.SocCode![..7])) ? 1 : 0;
            major += codes.Any(c => c[..2] == proposed[0].Role.SocCode![..2]) ? 1 : 0;
        }

        var n = (double)gold.Count;
        Console.WriteLine($"held-out titles: {gold.Count}; {(useMiniLm ? "lexical + MiniLM" : "lexical")}; {watch.Elapsed.TotalMilliseconds / n:0.00} ms per title");
        Console.WriteLine($"top-1 {top1 / n:P1}   top-5 {top5 / n:P1}   major group {major / n:P1}");
    }

    private static double[]? Weights(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } text
            ? text.Split(',').Select(w => double.Parse(w, System.Globalization.CultureInfo.InvariantCulture)).ToArray()
            : null;

    private static T Setting<T>(string name, T fallback) where T : IParsable<T> =>
        T.TryParse(Environment.GetEnvironmentVariable(name), System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : fallback;

    // Embedding 39k aliases takes minutes; a re-run with other settings reuses them (delete the files to recompute).
    private static async Task<List<float[]>> CachedAsync(string name, Func<Task<List<float[]>>> compute)
    {
        var path = Path.Combine(Path.GetTempPath(), $"marketplace-role-vectors-{name}.bin");
        if (File.Exists(path))
        {
            var bytes = await File.ReadAllBytesAsync(path);
            var floats = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, float>(bytes).ToArray();
            return floats.Chunk(Marketplace.Embeddings.EmbeddingDimensions.Count).ToList();
        }

        var vectors = await compute();
        await File.WriteAllBytesAsync(path, System.Runtime.InteropServices.MemoryMarshal.AsBytes(vectors.SelectMany(v => v).ToArray().AsSpan()).ToArray());
        return vectors;
    }

    private static async Task<List<float[]>> EmbedAllAsync(IEmbeddingProvider provider, IReadOnlyList<string> texts)
    {
        var all = new List<float[]>(texts.Count);
        for (var i = 0; i < texts.Count; i += 64)
        {
            all.AddRange(await provider.EmbedManyAsync(texts.Skip(i).Take(64).ToList(), CancellationToken.None));
        }

        return all;
    }

    private static uint Fnv(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
