using MudBlazor;

namespace Marketplace.Web.Components.Layout;

/// <summary>One theme: a deep blue and a safety orange for emergencies, with text contrast of at least 4.5:1 (WCAG AA).</summary>
public static class MarketplaceTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#0B4F8A",
            Secondary = "#B34700",
            Error = "#B00020",
            Success = "#1B6E20",
            Warning = "#8A5A00",
            Info = "#0B5E8A",
            AppbarBackground = "#0B4F8A",
            TextSecondary = "rgba(0,0,0,0.70)",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["DejaVu Sans", "Segoe UI", "Roboto", "Helvetica", "Arial", "sans-serif"] },
        },
    };
}
