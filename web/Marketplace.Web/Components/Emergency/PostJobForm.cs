using System.Globalization;
using Marketplace.Web.Api.Emergency;

namespace Marketplace.Web.Components.Emergency;

/// <summary>The emergency job form's values; the date defaults to today, pay to hourly USD, the broadcast to 25 miles.</summary>
public sealed class PostJobForm
{
    public string? Title { get; set; }
    public string? Description { get; set; }
    public Trade? JobCategory { get; set; }
    public string? SiteName { get; set; }
    public string? Address { get; set; }
    public string? PostalCode { get; set; }
    public string? DateNeeded { get; set; } = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    public string? TimeStart { get; set; }
    public string? TimeEnd { get; set; }
    public decimal? EstimatedHours { get; set; }
    public string? EquipmentContext { get; set; }
    public decimal? PayRate { get; set; }
    public string PayType { get; set; } = "hourly";
    public double? BroadcastRadiusMiles { get; set; } = 25;

    /// <summary>The request, or the field the form itself cannot read (a date the browser did not give as yyyy-MM-dd).</summary>
    public (NewEmergencyJob? Request, string? BadField) ToRequest()
    {
        DateOnly? date = null;
        if (!string.IsNullOrWhiteSpace(DateNeeded))
        {
            if (!DateOnly.TryParseExact(DateNeeded, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                return (null, "date_needed");
            }

            date = parsed;
        }

        return (new NewEmergencyJob(Blank(Title), Blank(Description), JobCategory?.Value, Blank(SiteName), Blank(Address), null, null,
            Blank(PostalCode), date, Blank(TimeStart), Blank(TimeEnd), EstimatedHours, Blank(EquipmentContext), PayRate, PayType, "USD",
            BroadcastRadiusMiles), null);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
