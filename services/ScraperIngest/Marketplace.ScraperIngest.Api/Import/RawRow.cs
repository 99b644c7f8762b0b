using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Marketplace.ScraperIngest.Api.Import;

/// <summary>
/// One scraped row as received. Column names match with case, underscores, hyphens and spaces ignored, so JobSpy's
/// snake_case ("job_url_direct") and the camelCase variant ("jobUrlDirect") read the same. pandas' NaN, None and
/// empty strings read as missing. <see cref="PayloadHash"/> is the SHA-256 of the row exactly as it arrived.
/// A JSON row's values are decoded when they are read, not before (docs/adr/0045): validation reads a few small
/// columns of every row up front, and the rest (the description above all) is decoded while earlier rows are written.
/// Its <see cref="JsonDocument"/> must therefore outlive the import.
/// </summary>
public sealed class RawRow
{
    private static readonly HashSet<string> Missing = new(StringComparer.OrdinalIgnoreCase) { "", "nan", "none", "null", "nat", "<na>" };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MissingBySpan = Missing.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly int MissingMaxLength = Missing.Max(m => m.Length);

    private readonly Dictionary<string, JsonElement>? json;
    private readonly Dictionary<string, string>? fields;
    private readonly Func<byte[]> hash;
    private byte[]? payloadHash;

    private RawRow(Dictionary<string, JsonElement>? json, Dictionary<string, string>? fields, Func<byte[]> hash)
    {
        this.json = json;
        this.fields = fields;
        this.hash = hash;
    }

    public byte[] PayloadHash => payloadHash ??= hash();

    public string? this[string column] => json is not null
        ? json.TryGetValue(column, out var value) ? Text(value) : null
        : fields!.GetValueOrDefault(column);

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
        var values = new Dictionary<string, JsonElement>(ColumnName.Comparer);
        foreach (var property in element.EnumerateObject())
        {
            if (property.Value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined))
            {
                values[property.Name] = property.Value;
            }
        }

        return new RawRow(values, null, () => SHA256.HashData(JsonMarshal.GetRawUtf8Value(element)));
    }

    public static RawRow FromFields(IReadOnlyDictionary<string, string> fields)
    {
        var values = new Dictionary<string, string>(ColumnName.Comparer);
        var raw = new StringBuilder();
        foreach (var (name, value) in fields)
        {
            raw.Append(name).Append('\u001f').Append(value).Append('\u001e');
            if (Clean(value) is { } clean)
            {
                values[name] = clean;
            }
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(raw.ToString()));
        return new RawRow(null, values, () => hash);
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => Clean(value.GetString()!),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Array => Join(value),
        JsonValueKind.Object => value.GetRawText(),
        _ => null,
    };

    /// <summary>The value trimmed, or null for a missing-value marker; a description is not copied to be trimmed or checked.</summary>
    private static string? Clean(string value)
    {
        var trimmed = value.AsSpan().Trim();
        if (trimmed.Length <= MissingMaxLength && MissingBySpan.Contains(trimmed))
        {
            return null;
        }

        return trimmed.Length == value.Length ? value : trimmed.ToString();
    }

    private static string? Join(JsonElement array)
    {
        var items = array.EnumerateArray().Select(Text).Where(t => t is not null).ToList();
        return items.Count == 0 ? null : string.Join(", ", items);
    }

    /// <summary>Column names equal when they differ only in case, '_', '-' and ' ': "job_url_direct" is "jobUrlDirect".</summary>
    private sealed class ColumnName : IEqualityComparer<string>
    {
        public static readonly ColumnName Comparer = new();

        public bool Equals(string? x, string? y)
        {
            if (x is null || y is null)
            {
                return x == y;
            }

            int i = 0, j = 0;
            while (true)
            {
                while (i < x.Length && IsSeparator(x[i]))
                {
                    i++;
                }

                while (j < y.Length && IsSeparator(y[j]))
                {
                    j++;
                }

                if (i == x.Length || j == y.Length)
                {
                    return i == x.Length && j == y.Length;
                }

                if (char.ToLowerInvariant(x[i++]) != char.ToLowerInvariant(y[j++]))
                {
                    return false;
                }
            }
        }

        public int GetHashCode(string name)
        {
            var hash = default(HashCode);
            foreach (var c in name)
            {
                if (!IsSeparator(c))
                {
                    hash.Add(char.ToLowerInvariant(c));
                }
            }

            return hash.ToHashCode();
        }

        private static bool IsSeparator(char c) => c is '_' or '-' or ' ';
    }
}
