#!/usr/bin/env node
// Committed entry point, so package managers can link the bin before dist/ is built.
import '../dist/cli.mjs';
