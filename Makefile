# make install [PREFIX=/usr/local]   build a release vanban (Swift stdlib linked statically
#                                     on Linux) and copy it to PREFIX/bin — see scripts/install.sh
# make test                          the README's test command
PREFIX ?= $(HOME)/.local

.PHONY: build install test
build:
	swift build -c release
install:
	scripts/install.sh "$(PREFIX)"
test:
	swift test
