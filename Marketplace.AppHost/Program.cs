using Marketplace.AppHost;
using Marketplace.AppHost.Model;

// The whole system on one page: every server, database and service, and who waits for whom.
// `./run.sh` (or `dotnet run --project Marketplace.AppHost`); ports and options in docs/adr/0010-apphost-without-aspire.md.
var builder = DistributedApplication.CreateBuilder(args);

var postgres = builder.AddPostgres("postgres").WithPgVector();
var listingsDb = postgres.AddDatabase("listingsdb");
var applicationsDb = postgres.AddDatabase("applicationsdb");
var matchingDb = postgres.AddDatabase("matchingdb");
var dispatchDb = postgres.AddDatabase("dispatchdb");
var ingestDb = postgres.AddDatabase("ingestdb");
var analyticsDb = postgres.AddDatabase("analyticsdb");
var messaging = builder.AddRabbitMQ("messaging");
var cache = builder.AddRedis("cache");

var listings = builder.AddProject("listings", "services/Listings/Marketplace.Listings.Api")
    .WithReference(listingsDb).WithReference(messaging).WithReference(cache)
    .WaitFor(listingsDb).WaitFor(messaging).WaitFor(cache);

var applications = builder.AddProject("applications", "services/Applications/Marketplace.Applications.Api")
    .WithReference(applicationsDb).WithReference(messaging).WithReference(cache)
    .WaitFor(applicationsDb).WaitFor(messaging).WaitFor(cache);

var matching = builder.AddProject("matching", "services/Matching/Marketplace.Matching.Api")
    .WithReference(matchingDb).WithReference(messaging).WithReference(cache)
    .WaitFor(matchingDb).WaitFor(messaging).WaitFor(cache);

var emergencyDispatch = builder.AddProject("emergency-dispatch", "services/EmergencyDispatch/Marketplace.EmergencyDispatch.Api")
    .WithReference(dispatchDb).WithReference(messaging).WithReference(cache)
    .WaitFor(dispatchDb).WaitFor(messaging).WaitFor(cache);

var scraperIngest = builder.AddProject("scraper-ingest", "services/ScraperIngest/Marketplace.ScraperIngest.Api")
    .WithReference(ingestDb).WithReference(messaging).WithReference(cache)
    .WaitFor(ingestDb).WaitFor(messaging).WaitFor(cache);

var marketAnalytics = builder.AddProject("market-analytics", "services/MarketAnalytics/Marketplace.MarketAnalytics.Api")
    .WithReference(analyticsDb).WithReference(messaging).WithReference(cache)
    .WaitFor(analyticsDb).WaitFor(messaging).WaitFor(cache);

builder.AddProject("gateway", "gateway/Marketplace.Gateway").WithExternalHttpEndpoint(port: 8080)
    .WithReference(listings).WithReference(applications).WithReference(matching)
    .WithReference(emergencyDispatch).WithReference(scraperIngest).WithReference(marketAnalytics)
    .WithReference(cache)
    .WaitFor(listings).WaitFor(applications).WaitFor(matching)
    .WaitFor(emergencyDispatch).WaitFor(scraperIngest).WaitFor(marketAnalytics).WaitFor(cache);

builder.Build().Run();
