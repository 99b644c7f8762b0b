using Marketplace.Listings.Api.Domain;

namespace Marketplace.Listings.Api.Contracting;

/// <summary>The rules for an opportunity and a bid body; each failure names the snake_case field at fault.</summary>
public static class ContractValidator
{
    public const decimal MaxAmount = 1_000_000_000m;

    public static Dictionary<string, string[]> Validate(ContractOpportunityRequest r, DateTimeOffset now)
    {
        var errors = new ValidationErrors();
        errors.Length("title", r.Title, 5, 200, required: true);
        errors.Length("description", r.Description, 20, 20_000, required: true);
        errors.Required("trade", r.Trade);
        errors.Required("contract_type", r.ContractType);
        errors.Length("region", r.Region, 1, 100);
        errors.Length("state_province", r.StateProvince, 1, 100);
        errors.Length("city", r.City, 1, 100);
        errors.Required("budget_min", r.BudgetMin);
        errors.Required("budget_max", r.BudgetMax);
        errors.Range("budget_min", r.BudgetMin, 0, MaxAmount);
        errors.Range("budget_max", r.BudgetMax, 0, MaxAmount);
        errors.Check(r.BudgetMin is null || r.BudgetMax is null || r.BudgetMin <= r.BudgetMax, "budget_min",
            "budget_min must not exceed budget_max.");
        Currency(errors, r.Currency);
        errors.Required("bid_deadline", r.BidDeadline);
        errors.Check(r.BidDeadline is null || r.BidDeadline > now, "bid_deadline", "bid_deadline must be in the future.");
        return errors.ToDictionary();
    }

    public static Dictionary<string, string[]> Validate(BidRequest r)
    {
        var errors = new ValidationErrors();
        errors.Required("amount", r.Amount);
        errors.Check(r.Amount is null || r.Amount > 0 && r.Amount <= MaxAmount, "amount", $"amount must be positive and at most {MaxAmount}.");
        Currency(errors, r.Currency);
        errors.Length("message", r.Message, 1, 5000);
        return errors.ToDictionary();
    }

    private static void Currency(ValidationErrors errors, string? currency)
    {
        errors.Check(currency is not null, "currency", "currency is required.");
        errors.Check(currency is null || currency.Length == 3 && currency.All(char.IsAsciiLetterUpper), "currency",
            "currency is an ISO 4217 code such as USD.");
    }
}
