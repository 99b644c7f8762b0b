namespace Marketplace.ServiceDefaults.ReferenceData;

public sealed record GeoPoint(double Latitude, double Longitude, string? City, string? StateCode, string? PostalCode);
