namespace Marketplace.Web.Api.Emergency;

/// <summary>Where the live board's WebSocket is: connecting, live, or waiting to reconnect after a drop.</summary>
public enum BoardConnectionState
{
    Connecting,
    Live,
    Reconnecting,
}
