using System.Globalization;

namespace Marketplace.Web.Api.Hiring;

/// <summary>How pay and times read on the hiring screens: "USD 58.00 per hour", "Mon 15 Mar 2027, 15:00 UTC".</summary>
public static class HiringText
{
    public static string Amount(OfferView offer) =>
        $"{offer.Currency} {offer.Amount.ToString("#,0.00", CultureInfo.InvariantCulture)} {Unit(offer.CompensationType)}".TrimEnd();

    /// <summary>A time in UTC, said so: the server renders the page and does not know the reader's time zone.</summary>
    public static string When(DateTimeOffset when) =>
        when.UtcDateTime.ToString("ddd d MMM yyyy, HH:mm", CultureInfo.InvariantCulture) + " UTC";

    public static string Day(DateTimeOffset when) => when.UtcDateTime.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    public static string Unit(string compensationType) => compensationType switch
    {
        "hourly" => "per hour",
        "salary" => "per year",
        "day_rate" => "per day",
        "contract_total" => "for the contract",
        _ => "",
    };
}
