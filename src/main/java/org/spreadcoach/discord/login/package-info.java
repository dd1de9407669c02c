/**
 * Reaching Discord before the gateway opens: the proxy the bot goes through ({@link
 * org.spreadcoach.discord.login.ProxySettings}), the token check that ends a start at once when
 * Discord refuses the token ({@link org.spreadcoach.discord.login.TokenCheck}), and the
 * one-sentence {@link org.spreadcoach.discord.login.DiscordLoginException} the command line
 * reports. Part of the Discord adapter; it asks over OkHttp, with Javacord's User-Agent so that
 * Discord sees one client.
 */
package org.spreadcoach.discord.login;
