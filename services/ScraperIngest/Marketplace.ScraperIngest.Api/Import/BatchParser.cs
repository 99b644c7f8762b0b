using System.Text.Json;

using Marketplace.ScraperIngest.Api.Domain;

namespace Marketplace.ScraperIngest.Api.Import;

/// <summary>Parses every row of a request; bad rows are collected with their index and reason, never thrown.</summary>
public sealed class BatchParser(PostingParser parser)
{
    public ParsedBatch Parse(IReadOnlyList<JsonElement> rows) => Parse(rows.Count, i =>
        rows[i].ValueKind == JsonValueKind.Object ? RawRow.FromJson(rows[i]) : null);

    public ParsedBatch Parse(IReadOnlyList<IReadOnlyDictionary<string, string>> rows) => Parse(rows.Count, i => RawRow.FromFields(rows[i]));

    private ParsedBatch Parse(int count, Func<int, RawRow?> rowAt)
    {
        // Rows are independent and parsing is CPU-bound (regexes, n-gram skill lookup), so they are parsed in
        // parallel; the results are then walked in order so errors and "last occurrence wins" stay deterministic.
        var results = new ParseResult<ParsedPosting>?[count];
        Parallel.For(0, count, i => results[i] = rowAt(i) is { } row ? parser.Parse(row) : null);

        var errors = new List<RowError>();
        var byKey = new Dictionary<string, ParsedPosting>(count, StringComparer.Ordinal);
        var repeats = 0;
        for (var i = 0; i < count; i++)
        {
            if (results[i] is not { } result)
            {
                errors.Add(new RowError(i, "the row is not an object"));
                continue;
            }

            if (!result.Succeeded)
            {
                errors.Add(new RowError(i, result.Error!));
                continue;
            }

            if (byKey.ContainsKey(result.Value.DedupKey))
            {
                repeats++;
            }

            byKey[result.Value.DedupKey] = result.Value;
        }

        return new ParsedBatch(count, byKey.Values.ToList(), repeats, errors);
    }
}
