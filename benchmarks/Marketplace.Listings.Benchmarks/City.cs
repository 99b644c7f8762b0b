namespace Marketplace.Listings.Benchmarks;

public sealed record City(string Name, string StateCode, double Latitude, double Longitude);
