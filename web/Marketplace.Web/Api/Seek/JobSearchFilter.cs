using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Marketplace.Web.Api.Seek;

/// <summary>
/// What the Find work screen's search box and filters hold, and the query string of GET /api/v1/jobs they make.
/// The location box takes a city ("Chicago" or "Chicago, IL") or a US ZIP; the radius only applies with a place.
/// </summary>
public sealed partial class JobSearchFilter
{
    public const int PageSize = 10;

    public string? Query { get; set; }
    public IReadOnlyCollection<string> Categories { get; set; } = [];
    public IReadOnlyCollection<string> JobTypes { get; set; } = [];
    public IReadOnlyCollection<string> ExperienceLevels { get; set; } = [];
    public bool RemoteOnly { get; set; }
    public string? Location { get; set; }
    public int? RadiusMiles { get; set; }
    public decimal? MinSalary { get; set; }
    public decimal? MaxSalary { get; set; }

    /// <summary>relevance, posted_date, salary or distance; null lets the API choose (relevance with a query, else newest).</summary>
    public string? SortBy { get; set; }

    public int Page { get; set; } = 1;

    /// <summary>The path and query string for the API, parameters in a stable order, empty ones left out.</summary>
    public string ToPath()
    {
        var query = new StringBuilder("/api/v1/jobs?");
        Add(query, "q", Query?.Trim());
        Add(query, "categories", Categories.Count > 0 ? string.Join(',', Categories) : null);
        Add(query, "job_types", JobTypes.Count > 0 ? string.Join(',', JobTypes) : null);
        Add(query, "experience_levels", ExperienceLevels.Count > 0 ? string.Join(',', ExperienceLevels) : null);
        Add(query, "remote_only", RemoteOnly ? "true" : null);
        var (city, state, postalCode) = Place(Location);
        Add(query, "city", city);
        Add(query, "state", state);
        Add(query, "postal_code", postalCode);
        var hasPlace = city is not null || postalCode is not null;
        Add(query, "radius_miles", hasPlace && RadiusMiles is { } radius ? radius.ToString(CultureInfo.InvariantCulture) : null);
        Add(query, "min_salary", MinSalary?.ToString(CultureInfo.InvariantCulture));
        Add(query, "max_salary", MaxSalary?.ToString(CultureInfo.InvariantCulture));
        // Distance needs a centre; without one the API would refuse the sort, so the newest come first instead.
        Add(query, "sort_by", SortBy == "distance" && !(hasPlace && RadiusMiles is not null) ? null : SortBy);
        Add(query, "use_semantic", string.IsNullOrWhiteSpace(Query) ? null : "true");
        Add(query, "page", Page.ToString(CultureInfo.InvariantCulture));
        Add(query, "page_size", PageSize.ToString(CultureInfo.InvariantCulture));
        return query.ToString(0, query.Length - 1);
    }

    /// <summary>A ZIP ("60601" or "60601-1234"), else a city with an optional state after a comma.</summary>
    public static (string? City, string? State, string? PostalCode) Place(string? location)
    {
        var text = location?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return (null, null, null);
        }

        if (Zip().IsMatch(text))
        {
            return (null, null, text[..5]);
        }

        var comma = text.IndexOf(',', StringComparison.Ordinal);
        if (comma < 0)
        {
            return (text, null, null);
        }

        var city = text[..comma].Trim();
        var state = text[(comma + 1)..].Trim();
        return (city.Length == 0 ? null : city, state.Length == 0 ? null : state, null);
    }

    private static void Add(StringBuilder query, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            query.Append(name).Append('=').Append(Uri.EscapeDataString(value)).Append('&');
        }
    }

    [GeneratedRegex(@"^\d{5}(-\d{4})?$")]
    private static partial Regex Zip();
}
