namespace Marketplace.MarketAnalytics.Api.Apis;

public sealed record TrendPoint(
    DateOnly PeriodStart,
    int DaysWithData,
    int NewPostings,
    double ActivePostings,
    decimal? SalaryMinAvg,
    decimal? SalaryMaxAvg,
    decimal? PayP25,
    decimal? PayMedian,
    decimal? PayP75,
    double? ApplicationsPerPosting,
    int Fills,
    double? MedianDaysToFill,
    double? EmergencyFillRate,
    bool Insufficient);
