#pragma once

#include "commandline/commandline.h"
#include "server/serverfolder.h"
#include "server/serverstore.h"

#include <memory>

namespace doudi::server {

// The commands of doudi-server (each in its cmd_*.cpp) and what they share.
const QList<cli::Command> &commands();

int runInit(const QStringList &args);
int runServe(const QStringList &args);
int runStatus(const QStringList &args);

// --data DIR (required by every command).
void addDataOption(QCommandLineParser &parser);
// The folder named by --data, with a clear error when it is missing.
core::Result<ServerFolder> dataFolder(const QCommandLineParser &parser);
// How to reach the folder's database: its private cluster's socket, or the county's own.
core::Result<ServerStore::Connection> connectionFor(const ServerFolder &folder, const ServerFolder::Settings &settings);

QString tr(const char *text);

} // namespace doudi::server
