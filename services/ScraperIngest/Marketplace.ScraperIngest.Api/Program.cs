using Marketplace.ScraperIngest.Api.Apis;
using Marketplace.ScraperIngest.Api.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddScraperIngestServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapScraperIngestApi();
app.Run();

/// <summary>The entry point, public so that tests can host the service with WebApplicationFactory.</summary>
public partial class Program;
