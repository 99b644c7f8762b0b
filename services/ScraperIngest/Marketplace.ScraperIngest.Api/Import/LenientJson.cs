using System.Buffers;
using System.Text.Json;

namespace Marketplace.ScraperIngest.Api.Import;

/// <summary>
/// JobSpy output serialized with Python's json.dumps carries bare NaN, Infinity and -Infinity tokens, which are
/// not JSON. They are rewritten to null outside strings, then the result is parsed strictly. A body without
/// such tokens is parsed as it is, without a copy.
/// </summary>
public static class LenientJson
{
    private static readonly SearchValues<byte> OutsideStringStops = SearchValues.Create("\"NI-"u8);

    public static JsonDocument Parse(ReadOnlyMemory<byte> utf8) =>
        JsonDocument.Parse(ReplaceNonFiniteTokens(utf8), new JsonDocumentOptions { AllowTrailingCommas = true, MaxDepth = 32 });

    public static ReadOnlyMemory<byte> ReplaceNonFiniteTokens(ReadOnlyMemory<byte> utf8)
    {
        // Vectorized searches: a 33 MB body of scraped descriptions is almost all string content, skipped in long runs.
        var json = utf8.Span;
        List<(int At, int Length)>? tokens = null;
        var i = 0;
        while (i < json.Length && json[i..].IndexOfAny(OutsideStringStops) is var next and >= 0)
        {
            i += next;
            if (json[i] == (byte)'"')
            {
                i = EndOfString(json, i + 1);
                continue;
            }

            var length = json[i..] switch
            {
                var rest when rest.StartsWith("NaN"u8) => 3,
                var rest when rest.StartsWith("Infinity"u8) => 8,
                var rest when rest.StartsWith("-Infinity"u8) => 9,
                _ => 0,
            };
            if (length > 0)
            {
                (tokens ??= []).Add((i, length));
            }

            i += Math.Max(length, 1);
        }

        return tokens is null ? utf8 : Rewrite(json, tokens);
    }

    /// <summary>The index just past the closing quote of the string whose content starts at <paramref name="from"/>.</summary>
    private static int EndOfString(ReadOnlySpan<byte> json, int from)
    {
        var i = from;
        while (i < json.Length && json[i..].IndexOfAny((byte)'"', (byte)'\\') is var stop and >= 0)
        {
            i += stop;
            if (json[i] == (byte)'"')
            {
                return i + 1;
            }

            i += 2; // an escape: the next byte is never the closing quote
        }

        return json.Length;
    }

    private static byte[] Rewrite(ReadOnlySpan<byte> json, List<(int At, int Length)> tokens)
    {
        using var output = new MemoryStream(json.Length + tokens.Count);
        var from = 0;
        foreach (var (at, length) in tokens)
        {
            output.Write(json[from..at]);
            output.Write("null"u8);
            from = at + length;
        }

        output.Write(json[from..]);
        return output.ToArray();
    }
}
