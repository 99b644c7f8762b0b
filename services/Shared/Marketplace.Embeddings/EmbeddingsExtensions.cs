using Marketplace.ServiceDefaults.ReferenceData;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Marketplace.Embeddings;

public static class EmbeddingsExtensions
{
    /// <summary>
    /// The marketplace's embedding provider, chosen by "Embeddings:Provider" (<see cref="EmbeddingOptions"/>):
    /// all-MiniLM-L6-v2 by default. The hashed <see cref="LocalEmbeddingProvider"/> and its <see cref="TradeLexicon"/>
    /// are always registered, for callers that want the trade concepts without the model.
    /// </summary>
    public static IHostApplicationBuilder AddEmbeddings(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<EmbeddingOptions>(builder.Configuration.GetSection("Embeddings"));
        builder.Services.AddSingleton(sp => TradeLexicon.Build(ReferenceFiles.RequireDirectory(sp.GetService<IConfiguration>())));
        builder.Services.AddSingleton<LocalEmbeddingProvider>();
        builder.Services.AddSingleton<MiniLmEmbeddingProvider>();
        builder.Services.AddSingleton<EmbeddingBacklog>();
        builder.Services.AddHealthChecks().AddCheck<EmbeddingBacklogHealthCheck>("embeddings");
        var provider = (builder.Configuration["Embeddings:Provider"] ?? EmbeddingProviders.MiniLm).ToLowerInvariant();
        switch (provider)
        {
            case EmbeddingProviders.Hashed or "local":
                builder.Services.AddSingleton<IEmbeddingProvider>(sp => sp.GetRequiredService<LocalEmbeddingProvider>());
                break;
            case EmbeddingProviders.OpenAi:
                builder.Services.AddHttpClient<OpenAiCompatibleEmbeddingGenerator>((sp, http) =>
                    http.Timeout = sp.GetRequiredService<IOptions<EmbeddingOptions>>().Value.Timeout);
                builder.Services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(sp => sp.GetRequiredService<OpenAiCompatibleEmbeddingGenerator>());
                builder.Services.AddSingleton<IEmbeddingProvider>(sp => new GeneratorEmbeddingProvider(
                    sp.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>(), sp.GetRequiredService<IOptions<EmbeddingOptions>>().Value.Model));
                break;
            default:
                builder.Services.AddSingleton<IEmbeddingProvider>(sp => sp.GetRequiredService<MiniLmEmbeddingProvider>());
                break;
        }

        return builder;
    }
}
