#ifndef NOMINATIONS_CPOPPLER_SHIM_H
#define NOMINATIONS_CPOPPLER_SHIM_H
#include <glib.h>
#include <glib-object.h>
#include <poppler.h>
#include <cairo.h>

/// g_object_unref through a typed pointer, for Swift callers.
static inline void cpoppler_unref(gpointer object) { if (object) g_object_unref(object); }

/// Swallow poppler's parser complaints (domain "Poppler"); they would otherwise reach stderr.
static inline void cpoppler_log_quiet_handler(const gchar *domain, GLogLevelFlags level, const gchar *message, gpointer data) {
    (void)domain; (void)level; (void)message; (void)data;
}
static inline void cpoppler_silence_logs(void) {
    g_log_set_handler("Poppler", (GLogLevelFlags)(G_LOG_LEVEL_MASK | G_LOG_FLAG_FATAL | G_LOG_FLAG_RECURSION),
                      cpoppler_log_quiet_handler, NULL);
}
#endif
