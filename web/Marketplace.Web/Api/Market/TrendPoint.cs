namespace Marketplace.Web.Api.Market;

/// <summary>One period of a trend: demand (postings) and pay quartiles; pay is null when too few postings showed it.</summary>
public sealed record TrendPoint(
    DateOnly PeriodStart, int DaysWithData, int NewPostings, double ActivePostings, decimal? PayP25, decimal? PayMedian, decimal? PayP75,
    double? ApplicationsPerPosting, int Fills, bool Insufficient);
