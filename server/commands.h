#pragma once

#include "commandline/commandline.h"
#include "server/serverfolder.h"
#include "server/serverstore.h"

#include <functional>
#include <memory>

namespace doudi::server {

// The commands of doudi-server (each in its cmd_*.cpp) and what they share.
const QList<cli::Command> &commands();

int runInit(const QStringList &args);
int runServe(const QStringList &args);
int runStatus(const QStringList &args);
int runUser(const QStringList &args);
int runDevice(const QStringList &args);
int runBackup(const QStringList &args);
int runPolicy(const QStringList &args);
int runArea(const QStringList &args);
int runDocument(const QStringList &args);
int runBundle(const QStringList &args);
int runDuplicates(const QStringList &args);

// --data DIR (required by every command).
void addDataOption(QCommandLineParser &parser);
// The folder named by --data, with a clear error when it is missing.
core::Result<ServerFolder> dataFolder(const QCommandLineParser &parser);
// How to reach the folder's database: its private cluster's socket, or the county's own.
core::Result<ServerStore::Connection> connectionFor(const ServerFolder &folder, const ServerFolder::Settings &settings);

// Runs f with the folder's store open: for the admin commands, which work whether or not
// serve is running (the private cluster is started for the command and stopped after it).
core::Status withStore(const ServerFolder &folder,
                       const std::function<core::Status(ServerStore &, const ServerFolder::Settings &)> &f);

QString tr(const char *text);

} // namespace doudi::server
