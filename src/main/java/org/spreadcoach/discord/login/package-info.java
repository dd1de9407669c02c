/**
 * Reaching Discord and opening the gateway: the proxy the bot goes through ({@link
 * org.spreadcoach.discord.login.ProxySettings}), the token check that ends a start at once when
 * Discord refuses the token ({@link org.spreadcoach.discord.login.TokenCheck}), the gateway login
 * through Javacord ({@link org.spreadcoach.discord.login.GatewayLogin}), and the one-sentence
 * {@link org.spreadcoach.discord.login.DiscordLoginException} the command line reports. Part of the
 * Discord adapter; the token check asks over OkHttp, with Javacord's User-Agent so that Discord
 * sees one client.
 */
package org.spreadcoach.discord.login;
