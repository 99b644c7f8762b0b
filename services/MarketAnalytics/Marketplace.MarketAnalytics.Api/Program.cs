using Marketplace.MarketAnalytics.Api.Apis;
using Marketplace.MarketAnalytics.Api.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddMarketAnalyticsServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapMarketAnalyticsApi();
app.MapMarketPulseApi();
app.Run();

/// <summary>The entry point, public so that tests can host the service with WebApplicationFactory.</summary>
public partial class Program;
