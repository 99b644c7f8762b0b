using System.Text.Json;

namespace Marketplace.ScraperIngest.Api.Import;

/// <summary>
/// JobSpy output serialized with Python's json.dumps carries bare NaN, Infinity and -Infinity tokens, which are
/// not JSON. They are rewritten to null outside strings, then the result is parsed strictly. A body without
/// such tokens is parsed as it is, without a copy.
/// </summary>
public static class LenientJson
{
    public static JsonDocument Parse(ReadOnlyMemory<byte> utf8) =>
        JsonDocument.Parse(ReplaceNonFiniteTokens(utf8), new JsonDocumentOptions { AllowTrailingCommas = true, MaxDepth = 32 });

    public static ReadOnlyMemory<byte> ReplaceNonFiniteTokens(ReadOnlyMemory<byte> utf8)
    {
        var json = utf8.Span;
        List<(int At, int Length)>? tokens = null;
        var inString = false;
        for (var i = 0; i < json.Length; i++)
        {
            var c = json[i];
            if (inString)
            {
                if (c == (byte)'\\')
                {
                    i++;
                }
                else if (c == (byte)'"')
                {
                    inString = false;
                }

                continue;
            }

            var length = c switch
            {
                (byte)'"' => 0,
                (byte)'N' when json[i..].StartsWith("NaN"u8) => 3,
                (byte)'I' when json[i..].StartsWith("Infinity"u8) => 8,
                (byte)'-' when json[i..].StartsWith("-Infinity"u8) => 9,
                _ => -1,
            };
            if (length == 0)
            {
                inString = true;
            }
            else if (length > 0)
            {
                (tokens ??= []).Add((i, length));
                i += length - 1;
            }
        }

        return tokens is null ? utf8 : Rewrite(json, tokens);
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
