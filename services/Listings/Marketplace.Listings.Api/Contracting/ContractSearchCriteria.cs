using Marketplace.Listings.Api.Domain;

namespace Marketplace.Listings.Api.Contracting;

/// <summary>A validated contract search: trade filters split into job categories and trades, enum values as stored.</summary>
public sealed record ContractSearchCriteria
{
    public const int MaxPageSize = 100;

    private static readonly HashSet<string> TradeGroups =
        Enum.GetValues<JobCategory>().Select(Trades.Of).ToHashSet(StringComparer.Ordinal);

    public string[] Categories { get; init; } = [];
    public string[] TradeGroupFilter { get; init; } = [];
    public bool FilterByTrade { get; init; }
    public string? ContractType { get; init; }
    public string? Region { get; init; }
    public string? State { get; init; }
    public decimal? BudgetMin { get; init; }
    public decimal? BudgetMax { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;

    public int Offset => (Page - 1) * PageSize;

    public static (ContractSearchCriteria? Criteria, Dictionary<string, string[]> Errors) From(ContractSearchParameters p)
    {
        var errors = new ValidationErrors();
        var page = p.Page ?? 1;
        var pageSize = p.PageSize ?? 20;
        errors.Check(page >= 1, "page", "page starts at 1.");
        errors.Check(pageSize is >= 1 and <= MaxPageSize, "page_size", $"page_size is 1 to {MaxPageSize}.");
        errors.Check((long)page * pageSize <= Marketplace.ServiceDefaults.Http.PageRequest.MaxWindow, "page",
            $"Only the first {Marketplace.ServiceDefaults.Http.PageRequest.MaxWindow} opportunities can be paged through; narrow the search.");
        errors.Range("budget_min", p.BudgetMin, 0, ContractValidator.MaxAmount);
        errors.Range("budget_max", p.BudgetMax, 0, ContractValidator.MaxAmount);
        errors.Check(p.BudgetMin is null || p.BudgetMax is null || p.BudgetMin <= p.BudgetMax, "budget_min",
            "budget_min must not exceed budget_max.");

        string? contractType = null;
        if (p.ContractType is not null)
        {
            errors.Check(SnakeCase.TryParse<ContractType>(p.ContractType, out var type), "contract_type",
                $"contract_type is one of {SnakeCase.Names<ContractType>()}.");
            contractType = SnakeCase.Of(type);
        }

        var categories = new List<string>();
        var trades = new List<string>();
        var values = p.Trade?.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray() ?? [];
        foreach (var value in values)
        {
            if (SnakeCase.TryParse<JobCategory>(value, out var category))
            {
                categories.Add(SnakeCase.Of(category));
            }
            else if (TradeGroups.Contains(value.ToLowerInvariant()))
            {
                trades.Add(value.ToLowerInvariant());
            }
            else
            {
                errors.Add("trade", $"'{value}' is neither a job category ({SnakeCase.Names<JobCategory>()}) nor a trade.");
            }
        }

        var criteria = new ContractSearchCriteria
        {
            Categories = [.. categories],
            TradeGroupFilter = [.. trades],
            FilterByTrade = values.Length > 0,
            ContractType = contractType,
            Region = string.IsNullOrWhiteSpace(p.Region) ? null : p.Region.Trim(),
            State = string.IsNullOrWhiteSpace(p.State) ? null : p.State.Trim(),
            BudgetMin = p.BudgetMin,
            BudgetMax = p.BudgetMax,
            Page = page,
            PageSize = pageSize,
        };
        return errors.IsEmpty ? (criteria, []) : (null, errors.ToDictionary());
    }
}
