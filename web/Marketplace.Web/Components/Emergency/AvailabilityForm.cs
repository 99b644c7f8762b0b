using Marketplace.Web.Api.Emergency;

namespace Marketplace.Web.Components.Emergency;

/// <summary>The availability settings as the form edits them; a new technician starts on call every day in Chicago time.</summary>
public sealed class AvailabilityForm
{
    public string? PostalCode { get; set; }
    public double? ServiceRadiusMiles { get; set; } = 25;
    public decimal? MinHourlyRate { get; set; }
    public string? Currency { get; set; } = "USD";
    public IReadOnlyCollection<Trade> Trades { get; set; } = [];
    public string NotificationMethod { get; set; } = "push";
    public string? Timezone { get; set; } = "America/Chicago";
    public HashSet<string> Days { get; set; } = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
    public string? HoursStart { get; set; } = "00:00";
    public string? HoursEnd { get; set; } = "23:59";
    public bool OnCall { get; set; } = true;
    public bool NotifyEmergency { get; set; } = true;

    /// <summary>Kept as they are: PUT replaces the whole profile and this form does not edit skills.</summary>
    public IReadOnlyList<string> Skills { get; set; } = [];

    public void Fill(Availability? current)
    {
        if (current is null)
        {
            return;
        }

        PostalCode = current.PostalCode;
        ServiceRadiusMiles = current.ServiceRadiusMiles;
        MinHourlyRate = current.MinHourlyRate;
        Currency = current.Currency;
        Trades = current.Trades.Select(Api.Emergency.Trades.Find).OfType<Trade>().ToList();
        NotificationMethod = current.NotificationMethod;
        Timezone = current.Timezone;
        Days = current.AvailableDays.ToHashSet();
        HoursStart = current.AvailableHoursStart;
        HoursEnd = current.AvailableHoursEnd;
        OnCall = current.AvailableForEmergency;
        NotifyEmergency = current.NotifyEmergency;
        Skills = current.Skills;
    }

    public AvailabilityUpdate ToUpdate() => new(
        OnCall, Days.ToList(), Blank(HoursStart), Blank(HoursEnd), Timezone, ServiceRadiusMiles, Blank(PostalCode), MinHourlyRate,
        string.IsNullOrWhiteSpace(Currency) ? "USD" : Currency.Trim(), Trades.Select(t => t.Value).ToList(), Skills, NotifyEmergency, NotificationMethod, true);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
