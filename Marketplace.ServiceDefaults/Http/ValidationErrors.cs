namespace Marketplace.ServiceDefaults.Http;

/// <summary>
/// Collects field errors for TypedResults.ValidationProblem, every field at fault named as the API spells it (a list
/// item as <c>skills[2]</c>). Text is checked for NUL characters too: PostgreSQL's text cannot hold one.
/// </summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> errors = new(StringComparer.Ordinal);

    public bool IsEmpty => errors.Count == 0;

    public void Add(string field, string message)
    {
        if (!errors.TryGetValue(field, out var messages))
        {
            errors[field] = messages = [];
        }

        messages.Add(message);
    }

    public void Check(bool condition, string field, string message)
    {
        if (!condition)
        {
            Add(field, message);
        }
    }

    public void Required<T>(string field, T? value) where T : struct => Check(value is not null, field, $"{field} is required.");

    /// <summary>Text of <paramref name="min"/> to <paramref name="max"/> characters (trimmed); null is fine unless required.</summary>
    public void Length(string field, string? value, int min, int max, bool required = false)
    {
        if (value is null)
        {
            Check(!required, field, $"{field} is required.");
            return;
        }

        var length = value.Trim().Length;
        Check(length >= min && length <= max, field, $"{field} must be {min} to {max} characters.");
        Check(!value.Contains('\0', StringComparison.Ordinal), field, $"{field} must not contain NUL characters.");
    }

    /// <summary>Like <see cref="Length"/>, but blank counts as missing.</summary>
    public void Text(string field, string? value, int max, bool required = false, int min = 1)
    {
        if (value is null || value.Trim().Length == 0)
        {
            Check(!required, field, $"{field} is required.");
            return;
        }

        Length(field, value, min, max);
    }

    public void Range<T>(string field, T? value, T min, T max) where T : struct, IComparable<T> =>
        Check(value is not { } v || v.CompareTo(min) >= 0 && v.CompareTo(max) <= 0, field, $"{field} must be between {min} and {max}.");

    /// <summary>A finite number in [min, max]; null is fine unless required.</summary>
    public void Range(string field, double? value, double min, double max, bool required = false)
    {
        if (value is not { } v)
        {
            Check(!required, field, $"{field} is required.");
            return;
        }

        Check(double.IsFinite(v) && v >= min && v <= max, field, $"{field} must be between {min} and {max}.");
    }

    /// <summary>At most <paramref name="maxItems"/> non-blank items of at most <paramref name="maxLength"/> characters, each named at fault.</summary>
    public void List(string field, IReadOnlyList<string?>? items, int maxItems, int maxLength)
    {
        if (items is null)
        {
            return;
        }

        if (items.Count > maxItems)
        {
            // One error for the list, not one per item of a list of a million.
            Add(field, $"{field} has at most {maxItems} items.");
            return;
        }

        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item is null || item.Trim().Length == 0 || item.Length > maxLength || item.Contains('\0', StringComparison.Ordinal))
            {
                Add($"{field}[{i}]", $"{field} items are non-empty, at most {maxLength} characters, without NUL characters.");
            }
        }
    }

    /// <summary>An optional absolute http(s) URL of at most 2000 characters.</summary>
    public void Url(string field, string? value)
    {
        if (value is null)
        {
            return;
        }

        Length(field, value, 1, 2000);
        Check(Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https", field, $"{field} must be an http(s) URL.");
    }

    /// <summary>A lower snake_case enum value; returns it parsed, or records the error naming the allowed values.</summary>
    public TEnum? Enum<TEnum>(string field, string? value, bool required) where TEnum : struct, System.Enum
    {
        if (value is null)
        {
            Check(!required, field, $"{field} is required.");
            return null;
        }

        if (SnakeCase.TryParse<TEnum>(value, out var parsed))
        {
            return parsed;
        }

        Add(field, $"{field} is one of: {SnakeCase.Names<TEnum>()}.");
        return null;
    }

    /// <summary>Validated paging (<see cref="PageRequest.From"/>), or null with page or page_size named here.</summary>
    public PageRequest? Page(int? page, int? pageSize, int defaultSize = 20, int maxSize = 100)
    {
        var pageErrors = new Dictionary<string, string[]>();
        var request = PageRequest.From(page, pageSize, pageErrors, defaultSize, maxSize);
        foreach (var (field, messages) in pageErrors)
        {
            foreach (var message in messages)
            {
                Add(field, message);
            }
        }

        return request;
    }

    public Dictionary<string, string[]> ToDictionary() => errors.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
}
