using System.Runtime.CompilerServices;
using System.Text.Json;
using Marketplace.ScraperIngest.Api.Domain;

namespace Marketplace.ScraperIngest.Api.Import;

/// <summary>
/// Parses a request's rows in two passes (docs/adr/0045). <see cref="Parse(IReadOnlyList{JsonElement})"/> validates
/// every row and settles the batch: its bad rows with their index and reason (collected, never thrown), and one row
/// per dedup key. <see cref="CompleteInChunksAsync"/> then does the expensive parsing a chunk ahead of the writer.
/// </summary>
public sealed class BatchParser(PostingParser parser)
{
    private static readonly ParallelOptions AllCores = new();

    // While a chunk is written, the next is parsed on all cores but one: the writer's continuations (and, where
    // PostgreSQL runs on the same machine, the database) need a thread pool thread at once, not when the parsing
    // loop lets go of the pool; otherwise every round trip of the write waits for the parse. Writing is the slower.
    private static readonly ParallelOptions WhileWriting = new() { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount - 1) };

    public ParsedBatch Parse(IReadOnlyList<JsonElement> rows) => Parse(rows.Count, i =>
        rows[i].ValueKind == JsonValueKind.Object ? RawRow.FromJson(rows[i]) : null);

    public ParsedBatch Parse(IReadOnlyList<IReadOnlyDictionary<string, string>> rows) => Parse(rows.Count, i => RawRow.FromFields(rows[i]));

    /// <summary>
    /// The batch's postings in dedup-key order (so concurrent imports of overlapping rows lock in the same order and
    /// cannot deadlock), in chunks. The next chunk is parsed on the other cores while the caller writes this one.
    /// </summary>
    public async IAsyncEnumerable<IReadOnlyList<ParsedPosting>> CompleteInChunksAsync(
        ParsedBatch batch, int chunkSize, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var rows = batch.Rows;
        Task<ParsedPosting[]>? next = rows.Count > 0 ? CompleteAsync(0, AllCores) : null;
        try
        {
            for (var start = 0; next is not null; start += chunkSize)
            {
                var current = await next.WaitAsync(cancellationToken);
                next = start + chunkSize < rows.Count ? CompleteAsync(start + chunkSize, WhileWriting) : null;
                yield return current;
            }
        }
        finally
        {
            // Left early (a write failed): the chunk being parsed finishes first, so nothing reads the request's rows
            // once the import is over and the request has released them.
            if (next is not null)
            {
                await ((Task)next).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }

        Task<ParsedPosting[]> CompleteAsync(int from, ParallelOptions parallelism) => Task.Run(() =>
        {
            var chunk = new ParsedPosting[Math.Min(chunkSize, rows.Count - from)];
            Parallel.For(0, chunk.Length, parallelism, i => chunk[i] = parser.Complete(rows[from + i]));
            return chunk;
        });
    }

    private ParsedBatch Parse(int count, Func<int, RawRow?> rowAt)
    {
        // Rows are independent, so they are validated in parallel; the results are then walked in order so errors
        // and "last occurrence wins" stay deterministic.
        var results = new ParseResult<ValidatedRow>?[count];
        Parallel.For(0, count, i => results[i] = rowAt(i) is { } row ? parser.Validate(row) : null);

        var errors = new List<RowError>();
        var byKey = new Dictionary<string, ValidatedRow>(count, StringComparer.Ordinal);
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

        var rows = byKey.Values.OrderBy(r => r.DedupKey, StringComparer.Ordinal).ToList();
        return new ParsedBatch(count, rows, repeats, errors);
    }
}
