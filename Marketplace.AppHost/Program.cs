using Marketplace.AppHost;
using Marketplace.AppHost.Resources;

// The whole system on one page: every server, database and service, and who waits for whom.
// `./run.sh` (or `dotnet run --project Marketplace.AppHost`); options and ports in docs/adr/0050-aspire-apphost.md.
var builder = DistributedApplication.CreateBuilder(AppHostOptions.Apply(args));
var local = AppHostOptions.From(builder);

var postgres = builder.AddPostgres("postgres", local.Port(5110), local.StateFolder).WithPgVector()
    .WithSettings(new Dictionary<string, string> { ["max_connections"] = "300" }); // six pools, relays and runners
var listingsDb = postgres.AddDatabase("listingsdb");
var applicationsDb = postgres.AddDatabase("applicationsdb");
var matchingDb = postgres.AddDatabase("matchingdb");
var dispatchDb = postgres.AddDatabase("dispatchdb");
var ingestDb = postgres.AddDatabase("ingestdb");
var analyticsDb = postgres.AddDatabase("analyticsdb");
var messaging = builder.AddRabbitMQ("messaging", local.Port(5111), local.StateFolder); // epmd on 5113
var cache = builder.AddRedis("cache", local.Port(5114), local.StateFolder);

var listings = builder.AddService<Projects.Marketplace_Listings_Api>("listings", local.Port(5101), listingsDb, messaging);
var applications = builder.AddService<Projects.Marketplace_Applications_Api>("applications", local.Port(5102), applicationsDb, messaging);
var matching = builder.AddService<Projects.Marketplace_Matching_Api>("matching", local.Port(5103), matchingDb, messaging);
var emergencyDispatch = builder.AddService<Projects.Marketplace_EmergencyDispatch_Api>("emergency-dispatch", local.Port(5104), dispatchDb, messaging)
    .WithReference(cache).WaitFor(cache); // technicians' GEO index and the live board's pub/sub; no other service uses Redis
var scraperIngest = builder.AddService<Projects.Marketplace_ScraperIngest_Api>("scraper-ingest", local.Port(5105), ingestDb, messaging);
var marketAnalytics = builder.AddService<Projects.Marketplace_MarketAnalytics_Api>("market-analytics", local.Port(5106), analyticsDb, messaging);

var gateway = builder.AddProject<Projects.Marketplace_Gateway>("gateway").AsLocalService(local.GatewayPort)
    .WithReference(listings).WithReference(applications).WithReference(matching)
    .WithReference(emergencyDispatch).WithReference(scraperIngest).WithReference(marketAnalytics)
    .WithReference(cache)
    .WaitFor(listings).WaitFor(applications).WaitFor(matching)
    .WaitFor(emergencyDispatch).WaitFor(scraperIngest).WaitFor(marketAnalytics).WaitFor(cache);

// The web app talks to the gateway only, as every frontend does.
builder.AddProject<Projects.Marketplace_Web>("web").AsLocalService(local.WebPort)
    .WithReference(gateway).WaitFor(gateway);

builder.AnnounceWhenHealthy(local).Build().Run();
