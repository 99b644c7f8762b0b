using System.Text.Json;

namespace Marketplace.ScraperIngest.Api.Import;

/// <summary>
/// JobSpy output serialized with Python's json.dumps carries bare NaN, Infinity and -Infinity tokens, which are
/// not JSON. They are rewritten to null (same length, padded with spaces) outside strings, then parsed strictly.
/// </summary>
public static class LenientJson
{
    public static JsonDocument Parse(Memory<byte> utf8)
    {
        ReplaceNonFiniteTokens(utf8.Span);
        return JsonDocument.Parse(utf8, new JsonDocumentOptions { AllowTrailingCommas = true, MaxDepth = 32 });
    }

    /// <summary>In place: each bare NaN / Infinity / -Infinity outside a string becomes "null" plus spaces.</summary>
    public static void ReplaceNonFiniteTokens(Span<byte> json)
    {
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

            if (c == (byte)'"')
            {
                inString = true;
            }
            else if (c == (byte)'N' && Matches(json, i, "NaN"u8))
            {
                Blank(json, i, 3);
            }
            else if (c == (byte)'I' && Matches(json, i, "Infinity"u8))
            {
                Blank(json, i, 8);
            }
            else if (c == (byte)'-' && Matches(json, i, "-Infinity"u8))
            {
                Blank(json, i, 9);
            }
        }
    }

    private static bool Matches(Span<byte> json, int at, ReadOnlySpan<byte> token) =>
        json.Length - at >= token.Length && json.Slice(at, token.Length).SequenceEqual(token);

    private static void Blank(Span<byte> json, int at, int length)
    {
        "null"u8.CopyTo(json.Slice(at));
        json.Slice(at + 4, length - 4).Fill((byte)' ');
    }
}
