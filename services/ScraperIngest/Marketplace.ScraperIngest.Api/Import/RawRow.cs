using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Marketplace.ScraperIngest.Api.Import;

/// <summary>
/// One scraped row as received, with its column names folded (lower case, no underscores) so JobSpy's
/// snake_case ("job_url_direct") and the camelCase variant ("jobUrlDirect") read the same. pandas' NaN, None and
/// empty strings read as missing. <see cref="PayloadHash"/> is the SHA-256 of the row exactly as it arrived.
/// </summary>
public sealed class RawRow
{
    private static readonly HashSet<string> Missing = new(StringComparer.OrdinalIgnoreCase) { "", "nan", "none", "null", "nat", "<na>" };

    private readonly Dictionary<string, string> values;

    private RawRow(Dictionary<string, string> values, byte[] payloadHash)
    {
        this.values = values;
        PayloadHash = payloadHash;
    }

    public byte[] PayloadHash { get; }

    public string? this[string column] => values.GetValueOrDefault(Fold(column));

    public string? First(params ReadOnlySpan<string> columns)
    {
        foreach (var column in columns)
        {
            if (this[column] is { } value)
            {
                return value;
            }
        }

        return null;
    }

    public static RawRow FromJson(JsonElement element)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (Text(property.Value) is { } text)
            {
                values[Fold(property.Name)] = text;
            }
        }

        return new RawRow(values, SHA256.HashData(Encoding.UTF8.GetBytes(element.GetRawText())));
    }

    public static RawRow FromFields(IReadOnlyDictionary<string, string> fields)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var raw = new StringBuilder();
        foreach (var (name, value) in fields)
        {
            raw.Append(name).Append('\u001f').Append(value).Append('\u001e');
            if (!Missing.Contains(value.Trim()))
            {
                values[Fold(name)] = value.Trim();
            }
        }

        return new RawRow(values, SHA256.HashData(Encoding.UTF8.GetBytes(raw.ToString())));
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() is { } s && !Missing.Contains(s.Trim()) ? s.Trim() : null,
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Array => Join(value),
        JsonValueKind.Object => value.GetRawText(),
        _ => null,
    };

    private static string? Join(JsonElement array)
    {
        var items = array.EnumerateArray().Select(Text).Where(t => t is not null).ToList();
        return items.Count == 0 ? null : string.Join(", ", items);
    }

    private static string Fold(string name)
    {
        Span<char> buffer = stackalloc char[name.Length];
        var length = 0;
        foreach (var c in name)
        {
            if (c != '_' && c != '-' && c != ' ')
            {
                buffer[length++] = char.ToLower(c, CultureInfo.InvariantCulture);
            }
        }

        return new string(buffer[..length]);
    }
}
