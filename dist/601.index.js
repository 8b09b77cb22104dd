export const id = 601;
export const ids = [601];
export const modules = {

/***/ 5601:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  resolveTarget: () => (/* binding */ resolveTarget),
  syncAndInvalidate: () => (/* binding */ syncAndInvalidate)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/invalidate/paths.ts + 1 modules
var paths = __webpack_require__(5363);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(6412);
;// CONCATENATED MODULE: ./node_modules/yocto-queue/index.js
/*
How it works:
`this.#head` is an instance of `Node` which keeps track of its current value and nests another instance of `Node` that keeps the value that comes after it. When a value is provided to `.enqueue()`, the code needs to iterate through `this.#head`, going deeper and deeper to find the last value. However, iterating through every single item is slow. This problem is solved by saving a reference to the last value as `this.#tail` so that it can reference it to add a new value.
*/

class Node {
	value;
	next;

	constructor(value) {
		this.value = value;
	}
}

class Queue {
	#head;
	#tail;
	#size;

	constructor() {
		this.clear();
	}

	enqueue(value) {
		const node = new Node(value);

		if (this.#head) {
			this.#tail.next = node;
			this.#tail = node;
		} else {
			this.#head = node;
			this.#tail = node;
		}

		this.#size++;
	}

	dequeue() {
		const current = this.#head;
		if (!current) {
			return;
		}

		this.#head = this.#head.next;
		this.#size--;

		// Clean up tail reference when queue becomes empty
		if (!this.#head) {
			this.#tail = undefined;
		}

		return current.value;
	}

	peek() {
		if (!this.#head) {
			return;
		}

		return this.#head.value;

		// TODO: Node.js 18.
		// return this.#head?.value;
	}

	clear() {
		this.#head = undefined;
		this.#tail = undefined;
		this.#size = 0;
	}

	get size() {
		return this.#size;
	}

	* [Symbol.iterator]() {
		let current = this.#head;

		while (current) {
			yield current.value;
			current = current.next;
		}
	}

	* drain() {
		while (this.#head) {
			yield this.dequeue();
		}
	}
}

;// CONCATENATED MODULE: ./node_modules/p-limit/index.js


function pLimit(concurrency) {
	let rejectOnClear = false;

	if (typeof concurrency === 'object') {
		({concurrency, rejectOnClear = false} = concurrency);
	}

	validateConcurrency(concurrency);

	if (typeof rejectOnClear !== 'boolean') {
		throw new TypeError('Expected `rejectOnClear` to be a boolean');
	}

	const queue = new Queue();
	let activeCount = 0;

	const resumeNext = () => {
		// Process the next queued function if we're under the concurrency limit
		if (activeCount < concurrency && queue.size > 0) {
			activeCount++;
			queue.dequeue().run();
		}
	};

	const next = () => {
		activeCount--;
		resumeNext();
	};

	const run = async (function_, resolve, arguments_) => {
		// Execute the function and capture the result promise
		const result = (async () => function_(...arguments_))();

		// Resolve immediately with the promise (don't wait for completion)
		resolve(result);

		// Wait for the function to complete (success or failure)
		// We catch errors here to prevent unhandled rejections,
		// but the original promise rejection is preserved for the caller
		try {
			await result;
		} catch {}

		// Decrement active count and process next queued function
		next();
	};

	const enqueue = (function_, resolve, reject, arguments_) => {
		const queueItem = {reject};

		// Queue the internal resolve function instead of the run function
		// to preserve the asynchronous execution context.
		new Promise(internalResolve => { // eslint-disable-line promise/param-names
			queueItem.run = internalResolve;
			queue.enqueue(queueItem);
		}).then(run.bind(undefined, function_, resolve, arguments_)); // eslint-disable-line promise/prefer-await-to-then

		// Start processing immediately if we haven't reached the concurrency limit
		if (activeCount < concurrency) {
			resumeNext();
		}
	};

	const generator = (function_, ...arguments_) => new Promise((resolve, reject) => {
		enqueue(function_, resolve, reject, arguments_);
	});

	Object.defineProperties(generator, {
		activeCount: {
			get: () => activeCount,
		},
		pendingCount: {
			get: () => queue.size,
		},
		clearQueue: {
			value() {
				if (!rejectOnClear) {
					queue.clear();
					return;
				}

				const abortError = AbortSignal.abort().reason;

				while (queue.size > 0) {
					queue.dequeue().reject(abortError);
				}
			},
		},
		concurrency: {
			get: () => concurrency,

			set(newConcurrency) {
				validateConcurrency(newConcurrency);
				concurrency = newConcurrency;

				queueMicrotask(() => {
					// eslint-disable-next-line no-unmodified-loop-condition
					while (activeCount < concurrency && queue.size > 0) {
						resumeNext();
					}
				});
			},
		},
		map: {
			async value(iterable, function_) {
				const promises = [];

				try {
					Array.from(iterable, (value, index) => {
						const promise = generator(function_, value, index);
						promises.push(promise);
						return promise;
					});
				} catch (error) {
					// The iterable threw, so `Promise.all` never observes the already scheduled promises. Observe them here to avoid unhandled rejections.
					for (const promise of promises) {
						promise.catch(() => {}); // eslint-disable-line promise/prefer-await-to-then
					}

					throw error;
				}

				return Promise.all(promises);
			},
		},
	});

	return generator;
}

function limitFunction(function_, options) {
	const limit = pLimit(options);

	const limitedFunction = (...arguments_) => limit(() => function_(...arguments_));
	Object.defineProperty(limitedFunction, 'clearQueue', {
		value: limit.clearQueue,
	});

	return limitedFunction;
}

function validateConcurrency(concurrency) {
	if (!((Number.isInteger(concurrency) || concurrency === Number.POSITIVE_INFINITY) && concurrency > 0)) {
		throw new TypeError('Expected `concurrency` to be a number from 1 and up');
	}
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/sync/git-dates.ts
/**
 * The date of the last commit that touched each file, for folder listings: ONE `git log` process
 * for the whole `content-dir` (never one per file), read as a stream and stopped as soon as
 * every wanted key has its date.
 *
 * No date rather than a wrong one: when `content-dir` is not in a git checkout, git is missing or
 * refuses the repository, or a file is untracked, the file simply has no date. A checkout's
 * modification times are never used (they are the time of the checkout, not of the content).
 * A shallow clone (actions/checkout's default `fetch-depth: 1`) knows one commit only: every
 * file then carries that commit's date (docs/sync.md says to fetch the history for real dates).
 */

/**
 * Parses `git log -z --format=%x01%cI --name-only` output: NUL-separated tokens, a date token
 * starts with U+0001, the names that follow it (each after an optional newline) belong to that
 * commit. The first date seen for a name is its latest (git log walks newest first).
 */
class GitLogParser {
    wanted;
    dates;
    date;
    rest = '';
    constructor(wanted, dates) {
        this.wanted = wanted;
        this.dates = dates;
    }
    /** Feeds a chunk; true once every wanted key has a date. */
    push(chunk) {
        const tokens = (this.rest + chunk).split('\0');
        this.rest = tokens.pop() ?? '';
        for (const t of tokens)
            this.token(t);
        return this.dates.size >= this.wanted.size;
    }
    end() {
        if (this.rest !== '')
            this.token(this.rest);
        this.rest = '';
    }
    token(raw) {
        const t = raw.replace(/^\n/, '');
        if (t.startsWith('\u0001')) {
            this.date = t.slice(1).trim();
            return;
        }
        if (t === '' || this.date === undefined)
            return;
        const key = t.normalize('NFC');
        if (this.wanted.has(key) && !this.dates.has(key))
            this.dates.set(key, this.date);
    }
}
/** Last-commit dates of `keys` (paths relative to `dir`), from one `git log` in `dir`. */
function gitDates(dir, keys, gitBinary = 'git') {
    const dates = new Map();
    const wanted = new Set(keys);
    if (wanted.size === 0)
        return Promise.resolve({ dates });
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)(gitBinary, [
            '-c',
            'core.quotePath=false',
            'log',
            '-z',
            '--no-renames',
            '--format=%x01%cI',
            '--name-only',
            '--relative',
            '--',
            '.',
        ], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, GIT_PAGER: 'cat' } });
        const parser = new GitLogParser(wanted, dates);
        let stderr = '';
        let stopped = false;
        let settled = false;
        const done = (r) => {
            if (!settled) {
                settled = true;
                resolve(r);
            }
        };
        child.stdout.setEncoding('utf8');
        child.stdout.on('data', (chunk) => {
            if (stopped)
                return;
            if (parser.push(chunk)) {
                // Every file has its date: the rest of the history is not needed.
                stopped = true;
                child.kill();
            }
        });
        child.stderr.setEncoding('utf8');
        child.stderr.on('data', (chunk) => {
            if (stderr.length < 2000)
                stderr += chunk;
        });
        child.on('error', (e) => done({ dates: new Map(), unavailable: e.message }));
        child.on('close', (code) => {
            if (stopped)
                return done({ dates });
            parser.end();
            if (code === 0)
                return done({ dates });
            const reason = stderr.trim().split('\n')[0] ?? '';
            done({ dates: new Map(), unavailable: reason || `git log exited with ${String(code)}` });
        });
    });
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/sync/git-index.ts
/**
 * Reads git's index file (`.git/index`) directly: for each entry its path, mode, stage, flags,
 * blob id and the stat data git recorded, with the index file's own mtime from the same open
 * file. Format: git's Documentation/gitformat-index.txt ("Git index format"), versions 2, 3
 * and 4, SHA-1 or SHA-256 object ids.
 *
 * Why not `git ls-files --debug`: at 10,000 files that is a process, 2 MB of text and a regular
 * expression per entry (0.25 s of a no-op sync, with the garbage it leaves); the index itself is
 * under 1 MB of fixed-width records. And the file's mtime and its entries come from one open
 * file: git replaces the index by renaming a new file over it, so an open file is one version.
 */


/** Seconds and nanoseconds as one decimal count of nanoseconds, without BigInt arithmetic. */
function nanoseconds(sec, nsec) {
    return sec === 0 ? String(nsec) : `${sec}${String(nsec).padStart(9, '0')}`;
}
/** `a` is at or after `b` (seconds, nanoseconds). */
function notBefore(a, b) {
    return a[0] > b[0] || (a[0] === b[0] && a[1] >= b[1]);
}
class IndexFormatError extends Error {
    name = 'IndexFormatError';
}
const ASSUME_VALID = 0x8000;
const EXTENDED = 0x4000;
const SKIP_WORKTREE = 0x4000; // in the extended flags
const INTENT_TO_ADD = 0x2000; // in the extended flags
/**
 * Reads the index at `file`. `oidLength` is 20 (SHA-1) or 32 (SHA-256) bytes. Throws
 * IndexFormatError for anything it does not know (an unknown version, a split index, a bad
 * checksum): the caller then goes without the fast path.
 */
async function readIndexFile(file, oidLength) {
    const handle = await (0,promises_.open)(file, 'r');
    try {
        const st = await handle.stat({ bigint: true });
        const buf = await handle.readFile();
        const ns = 1000000000n;
        const mtime = [Number(st.mtimeNs / ns), Number(st.mtimeNs % ns)];
        return { entries: parseIndex(buf, oidLength), mtime };
    }
    finally {
        await handle.close();
    }
}
function parseIndex(buf, oidLength) {
    const fail = (why) => {
        throw new IndexFormatError(`git index: ${why}`);
    };
    if (buf.length < 12 + oidLength || buf.toString('latin1', 0, 4) !== 'DIRC')
        fail('no DIRC header');
    const version = buf.readUInt32BE(4);
    if (version < 2 || version > 4)
        fail(`version ${version}`);
    const count = buf.readUInt32BE(8);
    const end = buf.length - oidLength;
    // The trailing hash covers everything before it; `index.skipHash` writes zeros instead.
    const trailer = buf.subarray(end);
    if (trailer.some((b) => b !== 0)) {
        const digest = (0,external_node_crypto_.createHash)(oidLength === 20 ? 'sha1' : 'sha256')
            .update(buf.subarray(0, end))
            .digest();
        if (!digest.equals(trailer))
            fail('checksum mismatch');
    }
    const entries = [];
    let at = 12;
    let previous = Buffer.alloc(0);
    for (let n = 0; n < count; n++) {
        const start = at;
        if (at + 40 + oidLength + 2 > end)
            fail('truncated entry');
        const ctimeS = buf.readUInt32BE(at);
        const ctimeN = buf.readUInt32BE(at + 4);
        const mtimeS = buf.readUInt32BE(at + 8);
        const mtimeN = buf.readUInt32BE(at + 12);
        const ino = buf.readUInt32BE(at + 20);
        const mode = buf.readUInt32BE(at + 24);
        const size = buf.readUInt32BE(at + 36);
        at += 40;
        const blob = buf.toString('hex', at, at + oidLength);
        at += oidLength;
        const flags = buf.readUInt16BE(at);
        at += 2;
        let extended = 0;
        if ((flags & EXTENDED) !== 0) {
            if (version < 3)
                fail('extended flags in a version 2 index');
            extended = buf.readUInt16BE(at);
            at += 2;
        }
        let path;
        if (version === 4) {
            // A varint (git's offset encoding) of bytes to drop from the previous path, then the rest.
            let c = buf[at++] ?? 0;
            let drop = c & 0x7f;
            while ((c & 0x80) !== 0) {
                c = buf[at++] ?? 0;
                drop = ((drop + 1) << 7) | (c & 0x7f);
            }
            const nul = buf.indexOf(0, at);
            if (nul < 0 || nul >= end)
                fail('unterminated path');
            if (drop > previous.length)
                fail('bad path prefix');
            previous = Buffer.concat([
                previous.subarray(0, previous.length - drop),
                buf.subarray(at, nul),
            ]);
            path = previous.toString('utf8');
            at = nul + 1;
        }
        else {
            const nul = buf.indexOf(0, at);
            if (nul < 0 || nul >= end)
                fail('unterminated path');
            path = buf.toString('utf8', at, nul);
            // NUL padding to a multiple of 8 bytes from the entry's start (at least one NUL).
            at = start + Math.ceil((nul + 1 - start) / 8) * 8;
        }
        entries.push({
            path,
            mode,
            blob,
            stage: (flags >> 12) & 3,
            flagged: (flags & ASSUME_VALID) !== 0 || (extended & (SKIP_WORKTREE | INTENT_TO_ADD)) !== 0,
            stamp: `${nanoseconds(ctimeS, ctimeN)}:${nanoseconds(mtimeS, mtimeN)}:${ino}:${size}`,
            mtime: [mtimeS, mtimeN],
        });
    }
    // Extensions follow: four-byte signature, four-byte size. A split index ("link") keeps most
    // entries in another file, which this reader does not follow.
    while (at + 8 <= end) {
        const signature = buf.toString('latin1', at, at + 4);
        if (signature === 'link')
            fail('split index (core.splitIndex)');
        at += 8 + buf.readUInt32BE(at + 4);
    }
    return entries;
}

;// CONCATENATED MODULE: ./src/sync/git.ts
/**
 * The git fast path: which files under `content-dir` git already knows the bytes of.
 *
 * On a runner the workspace is a git checkout, and the index holds every tracked file's blob
 * id beside the stat data the file had when git last read it. A tracked file whose stat data is
 * unchanged since has exactly the bytes of that blob, so a manifest entry recorded for the same
 * blob id (and size) still describes it: its MD5 and ETag need no read. Only files git vouches
 * for are skipped; everything else is hashed, as with `verify: full`.
 *
 * Git is trusted for a file only when all of these hold (else the file is hashed):
 * - a regular file (mode 100644/100755) at stage 0; not a symbolic link (its blob is the link
 *   text), a submodule, or a conflict;
 * - no `assume-unchanged` or `skip-worktree` bit (git keeps no current stat data for them);
 * - no attribute that makes the working tree differ from the blob: `filter` (Git LFS pointers,
 *   clean/smudge), `text`/`eol` conversion, `ident`, `working-tree-encoding`
 *   (`git check-attr`); and `core.autocrlf` unset or false;
 * - the file's stat data (ctime, mtime, inode, size) equals, to the nanosecond, what the index
 *   recorded when git last looked at its bytes (read from the index file itself, git-index.ts;
 *   the caller compares it with the walk's stat). Writing a file always moves its ctime, which
 *   no tool can set back, so an edit that keeps size and mtime (`cp -p`, `touch -r`, an archive
 *   extract) shows;
 * - and the file is not "racily clean": its recorded mtime is before the index file's own
 *   mtime. File times tick coarsely (a few milliseconds on Linux), so a file written in the
 *   tick git wrote the index in could be rewritten in that same tick with the same stat data.
 *   This is git's own racy-git rule (read-cache.c, `is_racy_timestamp` built with USE_NSEC).
 *   Such files (on a fresh checkout, those of its last tick) are read, as git would read them:
 *   the sync hashes them and takes their blob id in the same read, and they are git's when it
 *   equals the index's.
 *
 * This is the comparison `git status` makes (`ie_match_stat`), made here directly: `git status`
 * compares times to the second unless git was built with USE_NSEC, so on a fresh clone it
 * re-reads every file written in the checkout's last second (0.8 s of SHA-1 for the 10,000-file
 * benchmark) to say what the stat data already says. Files with a changed stat, untracked
 * files and racy files are simply hashed by the sync.
 *
 * Any failure (no git, not a checkout, dubious ownership, an old git, a split index) turns the
 * fast path off for the run; the sync then hashes every file.
 */




/** Attributes that make the working tree's bytes differ from the blob's. */
const BYTE_ATTRIBUTES = new Set(['filter', 'text', 'eol', 'ident', 'working-tree-encoding']);
function git(cwd, args, input) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.execFile)('git', ['--no-optional-locks', '--literal-pathspecs', ...args], {
            cwd,
            encoding: 'utf8',
            maxBuffer: 1024 * 1024 * 1024,
            env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' },
        }, (err, stdout, stderr) => {
            if (err)
                reject(new Error(`git ${args[0] ?? ''}: ${stderr.trim() || err.message}`));
            else
                resolve(stdout);
        });
        if (input !== undefined)
            child.stdin?.end(input);
    });
}
/**
 * Whether git keeps a file's bytes as they are between the working tree and the blob, given
 * its attributes (`git check-attr` values: `set`, `unset`, `unspecified` or a string).
 *
 * `filter` (LFS, clean/smudge), `ident` and `working-tree-encoding` change the bytes. `text`
 * (set or `auto`) and `eol` convert line endings: git's clean step turns CRLF into LF, so a file
 * rewritten with CRLF endings can look clean to git while its bytes differ from the blob. Such
 * files are hashed. With `-text` (text unset) git converts nothing, whatever `eol` says: the
 * `eol` attribute "always has an effect unless the file is explicitly set as -text, or the file
 * is set as text=auto and the file is detected as binary" (git commit 8c591db, "docs: correct
 * documentation about eol attribute"). So `* text=auto eol=lf` followed by `content/** -text`
 * gives the content folder the fast path. (text=auto on a binary file is still hashed: git
 * decides "binary" from the bytes, which we do not read.)
 */
function bytesAsCommitted(values) {
    const given = (name) => {
        const v = values.get(name) ?? 'unspecified';
        return v !== 'unspecified' && v !== 'unset';
    };
    if (given('filter') || given('ident') || given('working-tree-encoding'))
        return false;
    if (values.get('text') === 'unset')
        return true;
    return !given('text') && !given('eol');
}
/** Reads what git knows about the files under `dir` (a real path). Never throws. */
async function readGitState(dir) {
    try {
        return await readGitStateOrThrow(dir);
    }
    catch (e) {
        return { ok: false, reason: e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e) };
    }
}
async function readGitStateOrThrow(dir) {
    const dirReal = await (0,promises_.realpath)(dir);
    // One process: the top of the checkout, the index file (relative to `dirReal`, with
    // `GIT_INDEX_FILE` and worktrees taken into account) and the object hash; with `core.autocrlf`
    // asked for meanwhile.
    const [revParse, autocrlf] = await Promise.all([
        git(dirReal, ['rev-parse', '--show-toplevel', '--git-path', 'index', '--show-object-format']),
        git(dirReal, ['config', '--get', 'core.autocrlf']).catch(() => ''),
    ]);
    const [top = '', indexRel = '', objectFormat = ''] = revParse.split('\n');
    if (top === '')
        return { ok: false, reason: 'not a git checkout' };
    if (!['', 'false'].includes(autocrlf.trim().toLowerCase())) {
        return { ok: false, reason: `core.autocrlf is ${autocrlf.trim()}` };
    }
    if (objectFormat !== 'sha1' && objectFormat !== 'sha256') {
        return { ok: false, reason: `object format '${objectFormat}'` };
    }
    const hash = objectFormat;
    const topReal = await (0,promises_.realpath)(top);
    const rel = external_node_path_default().relative(topReal, dirReal).split((external_node_path_default()).sep).join('/');
    if (rel.startsWith('..'))
        return { ok: false, reason: 'the folder is outside the checkout' };
    const under = rel === '' ? '' : `${rel}/`;
    // The index's own mtime dates its entries (racy-git), read from the same open file.
    const index = await readIndexFile(external_node_path_default().resolve(dirReal, indexRel), hash === 'sha1' ? 20 : 32);
    const candidates = new Map();
    const racyFiles = new Set();
    let untrusted = 0;
    for (const e of index.entries) {
        if (!e.path.startsWith(under))
            continue;
        if (e.flagged || e.stage !== 0 || (e.mode !== 0o100644 && e.mode !== 0o100755)) {
            untrusted += 1;
            continue;
        }
        candidates.set(e.path, { blob: e.blob, stamp: e.stamp });
        if (notBefore(e.mtime, index.mtime))
            racyFiles.add(e.path);
    }
    // Attributes that change the bytes between the blob and the working tree.
    if (candidates.size > 0) {
        // `--all` prints only the attributes a file has (none, for most files), instead of one
        // record per file and attribute: a tenth of the output to hold and split at 10,000 files.
        const attrs = await git(topReal, ['check-attr', '--all', '-z', '--stdin'], [...candidates.keys()].map((f) => `${f}\0`).join(''));
        const fields = attrs.split('\0');
        const byFile = new Map();
        for (let i = 0; i + 2 < fields.length; i += 3) {
            const file = fields[i] ?? '';
            const attr = fields[i + 1] ?? '';
            if (!BYTE_ATTRIBUTES.has(attr))
                continue;
            const values = byFile.get(file) ?? new Map();
            values.set(attr, fields[i + 2] ?? '');
            byFile.set(file, values);
        }
        for (const [file, values] of byFile) {
            if (!bytesAsCommitted(values) && candidates.delete(file))
                untrusted += 1;
        }
    }
    const clean = new Map();
    const racy = new Set();
    const base = topReal.endsWith((external_node_path_default()).sep) ? topReal : topReal + (external_node_path_default()).sep;
    for (const [file, c] of candidates) {
        const abs = base + ((external_node_path_default()).sep === '/' ? file : file.split('/').join((external_node_path_default()).sep));
        if (racyFiles.has(file))
            racy.add(abs);
        else
            clean.set(abs, c);
    }
    return { ok: true, state: { clean, untrusted, racy, hash } };
}

// EXTERNAL MODULE: ./src/sync/hash.ts
var hash = __webpack_require__(9919);
// EXTERNAL MODULE: ./src/sync/headers.ts
var headers = __webpack_require__(2441);
;// CONCATENATED MODULE: ./src/sync/listing.ts
/**
 * Folder listings (input `listing`): pure functions from the published files to the generated
 * `index.html` of every folder that has none. No I/O here: the sync hashes and uploads the
 * pages like any file, so a listing whose folder did not change is byte-identical and never
 * re-sent.
 *
 * - A folder is any key prefix of a published file (after `exclude`), plus the root.
 * - A listing sits at the key `/dir/` maps to, `dir/index.html` (`index.html` for the root).
 *   A folder with its own `index.html` gets none: a real page always wins.
 * - Rows: subfolders, then files, each sorted by code point. A file shows its size and the
 *   date of the last commit that touched it when known; a subfolder shows neither, so a change
 *   deep in the tree re-renders only its own folder's listing, not every one above it.
 * - Everything is deterministic: no generation time, no random ids.
 */
const LISTING_PAGE = 'index.html';
/** The key a folder's page is served from (`''` ⇒ `index.html`, `a/b/` ⇒ `a/b/index.html`). */
const listingKey = (folder) => `${folder}${LISTING_PAGE}`;
const byCodePoint = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** Every folder's rows, for the folders with no `index.html` of their own. */
function folderRows(files) {
    const subfolders = new Map([['', new Set()]]);
    const fileRows = new Map([['', []]]);
    const hasIndex = new Set();
    for (const f of files) {
        const parts = f.key.split('/');
        const name = parts[parts.length - 1] ?? '';
        let folder = '';
        for (let i = 0; i < parts.length - 1; i++) {
            const sub = parts[i] ?? '';
            let subs = subfolders.get(folder);
            if (subs === undefined)
                subfolders.set(folder, (subs = new Set()));
            subs.add(sub);
            folder = `${folder}${sub}/`;
        }
        if (!subfolders.has(folder))
            subfolders.set(folder, new Set());
        let rows = fileRows.get(folder);
        if (rows === undefined)
            fileRows.set(folder, (rows = []));
        rows.push({ name, folder: false, size: f.size, date: f.date });
        if (name === LISTING_PAGE)
            hasIndex.add(folder);
    }
    const out = new Map();
    for (const folder of [...subfolders.keys()].sort(byCodePoint)) {
        if (hasIndex.has(folder))
            continue;
        const subs = [...(subfolders.get(folder) ?? [])]
            .sort(byCodePoint)
            .map((name) => ({ name, folder: true }));
        const own = [...(fileRows.get(folder) ?? [])].sort((a, b) => byCodePoint(a.name, b.name));
        out.set(folder, [...subs, ...own]);
    }
    return out;
}
/** The generated listings of a published tree (see the module comment). */
function generateListings(files, siteName = '') {
    return [...folderRows(files)].map(([folder, rows]) => ({
        key: listingKey(folder),
        folder,
        html: renderListing(folder, rows, siteName),
    }));
}
/** Text for HTML content and double-quoted attributes. */
function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
/**
 * A relative href for one entry: every character but the unreserved ones percent-encoded
 * (UTF-8), so `#`, `?`, `%`, `:` and spaces in a name stay part of the path.
 */
function entryHref(row) {
    const encoded = encodeURIComponent(row.name).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
    return row.folder ? `${encoded}/` : encoded;
}
/** `1234567` ⇒ `1.2 MB`; bytes below 1 kB as `532 B`. Decimal units, one decimal. */
function formatSize(bytes) {
    if (bytes < 1000)
        return `${bytes} B`;
    const units = ['kB', 'MB', 'GB', 'TB'];
    let value = bytes / 1000;
    let unit = 0;
    while (value >= 999.95 && unit < units.length - 1) {
        value /= 1000;
        unit++;
    }
    return `${value.toFixed(1)} ${units[unit] ?? ''}`;
}
/** An ISO 8601 date as `2026-11-29 04:56 UTC` (and the exact instant for the `datetime` attribute). */
function formatDate(iso) {
    const ms = Date.parse(iso);
    if (Number.isNaN(ms))
        return { text: '', datetime: '' };
    const d = new Date(ms).toISOString();
    return { text: `${d.slice(0, 10)} ${d.slice(11, 16)} UTC`, datetime: d.replace(/\.000Z$/, 'Z') };
}
const STYLE = [
    'body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;padding:1rem;max-width:60rem;color:#1b1f24;background:#fff}',
    'h1{font-size:1.25rem;overflow-wrap:anywhere;margin:.5rem 0 1rem}',
    'table{border-collapse:collapse;width:100%}',
    'caption{text-align:left;color:#57606a;padding:.25rem 0}',
    'th,td{text-align:left;padding:.5rem;border-bottom:1px solid #d0d7de;vertical-align:top}',
    'th{font-weight:600}',
    'td.name{overflow-wrap:anywhere}',
    '.num{text-align:right;white-space:nowrap}',
    'td.date{white-space:nowrap}',
    'a{color:#0550ae}',
    'a:focus{outline:2px solid #0550ae;outline-offset:2px}',
    '.up{display:inline-block;margin-bottom:.5rem}',
    '@media (max-width:32rem){body{padding:.5rem}th,td{padding:.5rem .25rem}td.date{white-space:normal;font-size:.875rem}}',
    '@media (prefers-color-scheme:dark){body{background:#0d1117;color:#e6edf3}a{color:#79c0ff}a:focus{outline-color:#79c0ff}th,td{border-color:#30363d}caption{color:#8b949e}}',
].join('');
/** One folder's page: self-contained HTML, no script, inline CSS. */
function renderListing(folder, rows, siteName = '') {
    const path = `/${folder}`;
    const title = siteName === '' ? `Index of ${path}` : `${siteName}: ${path}`;
    const folders = rows.filter((r) => r.folder).length;
    const files = rows.length - folders;
    const count = (n, one, many) => `${n} ${n === 1 ? one : many}`;
    const out = [
        '<!doctype html>',
        '<html lang="en">',
        '<head>',
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="secure-dist-action folder listing">',
        `<title>${escapeHtml(title)}</title>`,
        `<style>${STYLE}</style>`,
        '</head>',
        '<body>',
        '<main>',
        `<h1>Index of ${escapeHtml(path)}</h1>`,
    ];
    if (folder !== '')
        out.push('<a class="up" href="../">↑ Parent folder</a>');
    out.push('<table>', `<caption>Contents of ${escapeHtml(path)}: ${count(folders, 'folder', 'folders')}, ${count(files, 'file', 'files')}</caption>`, '<thead><tr><th scope="col">Name</th><th scope="col" class="num">Size</th><th scope="col" class="date">Last changed</th></tr></thead>', '<tbody>');
    for (const r of rows) {
        const label = escapeHtml(r.folder ? `${r.name}/` : r.name);
        const size = r.size === undefined ? '' : formatSize(r.size);
        const sizeTitle = r.size === undefined ? '' : ` title="${r.size} bytes"`;
        const date = r.date === undefined ? undefined : formatDate(r.date);
        const dateCell = date === undefined || date.text === ''
            ? ''
            : `<time datetime="${date.datetime}">${date.text}</time>`;
        out.push(`<tr><td class="name"><a href="${escapeHtml(entryHref(r))}">${label}</a></td>` +
            `<td class="num"${sizeTitle}>${size}</td><td class="date">${dateCell}</td></tr>`);
    }
    out.push('</tbody>', '</table>', '</main>', '</body>', '</html>', '');
    return out.join('\n');
}

// EXTERNAL MODULE: ./src/sync/local.ts
var sync_local = __webpack_require__(7376);
;// CONCATENATED MODULE: ./src/sync/plan.ts



const MANIFEST_KEY = `${sync_local/* RESERVED_PREFIX */.Uy}manifest.json`;
/** True when the bucket already holds these bytes under this key. */
function sameContent(local, remote, manifest) {
    if (remote.size !== local.size)
        return false;
    const remoteEtag = (0,hash/* normalizeEtag */.Pt)(remote.etag);
    if (remoteEtag === local.etag || remoteEtag === local.md5)
        return true;
    // A multipart object uploaded with another part size: the manifest knows its MD5.
    return (manifest !== undefined &&
        (0,hash/* normalizeEtag */.Pt)(manifest.etag) === remoteEtag &&
        manifest.md5 === local.md5);
}
function planSync(local, remote, manifest, opts) {
    const remoteByKey = new Map();
    for (const r of remote)
        if (!r.key.startsWith(sync_local/* RESERVED_PREFIX */.Uy))
            remoteByKey.set(r.key, r);
    const objects = manifest?.objects ?? {};
    const uploads = [];
    const metadataUpdates = [];
    const unchanged = [];
    const skippedListings = [];
    const localKeys = new Set();
    for (const l of local) {
        const r = remoteByKey.get(l.key);
        const m = Object.hasOwn(objects, l.key) ? objects[l.key] : undefined;
        if (l.generated === true && r !== undefined && !opts.delete && !isGenerated(m, r)) {
            skippedListings.push(l.key);
            continue;
        }
        localKeys.add(l.key);
        if (r === undefined) {
            uploads.push({ ...l, reason: 'new' });
            continue;
        }
        if (!sameContent(l, r, m)) {
            uploads.push({ ...l, reason: 'changed' });
            continue;
        }
        const known = m !== undefined && (0,hash/* normalizeEtag */.Pt)(m.etag) === (0,hash/* normalizeEtag */.Pt)(r.etag);
        if (!known) {
            metadataUpdates.push({ ...l, reason: 'headers unknown', remoteEtag: (0,hash/* normalizeEtag */.Pt)(r.etag) });
        }
        else if (m.contentType !== l.contentType ||
            m.cacheControl !== l.cacheControl ||
            m.storedCacheControl !== (0,headers/* storedHeadersFor */.Rb)(l.key, l.cacheControl).cacheControl) {
            metadataUpdates.push({ ...l, reason: 'headers changed', remoteEtag: (0,hash/* normalizeEtag */.Pt)(r.etag) });
        }
        else {
            unchanged.push(l.key);
        }
    }
    const gone = [...remoteByKey.keys()].filter((k) => !localKeys.has(k)).sort();
    // A listing the sync generated goes when its folder goes (or listings are turned off), even
    // with `delete: false`: it is the sync's own object, never a user's. So does a file under a
    // `.git` entry that an earlier version published (the manifest lists it): it was never
    // content, and may hold a token (local.ts).
    const ours = (k) => {
        const m = Object.hasOwn(objects, k) ? objects[k] : undefined;
        return isGenerated(m, remoteByKey.get(k)) || (m !== undefined && (0,sync_local/* isGitPath */.oP)(k));
    };
    return {
        uploads,
        metadataUpdates,
        deletes: opts.delete ? gone : gone.filter(ours),
        kept: opts.delete ? [] : gone.filter((k) => !ours(k)),
        unchanged,
        remoteCount: remoteByKey.size,
        skippedListings,
    };
}
/** The manifest marks the object generated, and it still has the ETag the sync wrote. */
function isGenerated(m, r) {
    return (m !== undefined &&
        r !== undefined &&
        m.generated === true &&
        (0,hash/* normalizeEtag */.Pt)(m.etag) === (0,hash/* normalizeEtag */.Pt)(r.etag));
}
/** The largest number of deletes `max-delete` allows for a bucket of `remoteCount` objects. */
function deleteLimit(maxDelete, remoteCount) {
    return maxDelete.kind === 'count'
        ? maxDelete.count
        : Math.floor((remoteCount * maxDelete.percent) / 100);
}
/** Throws before anything changes when the plan deletes more than `max-delete` allows. */
function checkMaxDelete(plan, maxDelete, contentDirInput) {
    const limit = deleteLimit(maxDelete, plan.remoteCount);
    const n = plan.deletes.length;
    if (n > limit) {
        const allowed = maxDelete.kind === 'count'
            ? `${maxDelete.count}`
            : `${maxDelete.percent}% of ${plan.remoteCount} = ${limit}`;
        throw new Error(`refusing to sync: it would delete ${n} of the ${plan.remoteCount} objects in the bucket, more than \`max-delete\` allows (${allowed}). ` +
            `Nothing was uploaded or deleted. Check that \`content-dir\` ('${contentDirInput}') is the folder you mean to publish, ` +
            'or raise `max-delete` in the site file.');
    }
}
/** The manifest after the plan has been applied (entries for every key the bucket then holds that we know). */
function nextManifest(previous, plan, local, written, remote) {
    const objects = {};
    const prev = previous?.objects ?? {};
    const remoteEtag = new Map(remote.map((r) => [r.key, (0,hash/* normalizeEtag */.Pt)(r.etag)]));
    const deleted = new Set(plan.deletes);
    const unchanged = new Set(plan.unchanged);
    for (const l of local) {
        // `written` holds the ETag S3 returned for every object this run uploaded or copied.
        const etag = written.get(l.key) ?? remoteEtag.get(l.key);
        if (etag === undefined)
            continue;
        if (!written.has(l.key) && !unchanged.has(l.key))
            continue;
        // A blob id stays with the bytes it names: this run's, or the previous entry's for the same MD5.
        const p = Object.hasOwn(prev, l.key) ? prev[l.key] : undefined;
        const blob = l.blob ?? (p?.md5 === l.md5 && p.size === l.size ? p.blob : undefined);
        objects[l.key] = {
            etag,
            md5: l.md5,
            size: l.size,
            contentType: l.contentType,
            cacheControl: l.cacheControl,
            storedCacheControl: (0,headers/* storedHeadersFor */.Rb)(l.key, l.cacheControl).cacheControl,
            ...(l.generated === true ? { generated: true } : {}),
            ...(blob !== undefined ? { blob } : {}),
        };
    }
    for (const key of plan.kept) {
        const p = Object.hasOwn(prev, key) ? prev[key] : undefined;
        if (p !== undefined && !deleted.has(key) && (0,hash/* normalizeEtag */.Pt)(p.etag) === remoteEtag.get(key))
            objects[key] = p;
    }
    const sorted = {};
    for (const key of Object.keys(objects).sort()) {
        const entry = objects[key];
        if (entry !== undefined)
            sorted[key] = entry;
    }
    return { version: 1, objects: sorted };
}
/** The bucket's objects as the manifest's snapshot records them, or undefined without one. */
function remoteFromSnapshot(manifest) {
    const snapshot = manifest?.bucket;
    if (manifest === undefined || snapshot === undefined)
        return undefined;
    const remote = [];
    for (const [key, m] of Object.entries(manifest.objects))
        remote.push({ key, etag: m.etag, size: m.size });
    for (const [key, o] of Object.entries(snapshot.others))
        remote.push({ key, etag: o.etag, size: o.size });
    return remote;
}
/** The manifest without its snapshot: written before a run changes the bucket. */
function withoutSnapshot(manifest) {
    return { version: 1, objects: manifest.objects };
}
/**
 * `next` (from nextManifest) with the snapshot of the bucket once the plan is applied: the
 * objects of `remote` that were not deleted and that `next` does not describe go to `others`.
 * `listed` is when `remote` was listed (now), or the snapshot's own time when `remote` came
 * from it.
 */
function withSnapshot(next, plan, remote, listed) {
    const deleted = new Set(plan.deletes);
    const others = {};
    for (const r of [...remote].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))) {
        if (r.key.startsWith(sync_local/* RESERVED_PREFIX */.Uy) || deleted.has(r.key))
            continue;
        if (Object.hasOwn(next.objects, r.key))
            continue;
        others[r.key] = { etag: (0,hash/* normalizeEtag */.Pt)(r.etag), size: r.size };
    }
    return { ...next, bucket: { listed, others } };
}
/**
 * Whether two manifests would be written the same (entries and snapshot, in the same order):
 * what a run that changed nothing compares instead of serialising both.
 */
function sameManifest(a, b) {
    return (sameRecords(a.objects, b.objects, sameEntry) &&
        (a.bucket === undefined || b.bucket === undefined
            ? a.bucket === b.bucket
            : a.bucket.listed === b.bucket.listed &&
                sameRecords(a.bucket.others, b.bucket.others, (x, y) => x.etag === y.etag && x.size === y.size)));
}
function sameRecords(a, b, same) {
    const keys = Object.keys(a);
    const other = Object.keys(b);
    if (keys.length !== other.length)
        return false;
    for (let i = 0; i < keys.length; i++) {
        const k = keys[i] ?? '';
        if (k !== other[i])
            return false;
        const x = a[k];
        const y = b[k];
        if (x === undefined || y === undefined || !same(x, y))
            return false;
    }
    return true;
}
const sameEntry = (x, y) => x.etag === y.etag &&
    x.md5 === y.md5 &&
    x.size === y.size &&
    x.contentType === y.contentType &&
    x.cacheControl === y.cacheControl &&
    x.storedCacheControl === y.storedCacheControl &&
    x.generated === y.generated &&
    x.blob === y.blob;
/** Parses the manifest object; anything unreadable counts as no manifest (headers unknown). */
function parseManifest(text) {
    if (text === undefined)
        return undefined;
    try {
        const data = JSON.parse(text);
        if (typeof data !== 'object' || data === null || !('version' in data) || data.version !== 1)
            return undefined;
        if (!('objects' in data) || typeof data.objects !== 'object' || data.objects === null)
            return undefined;
        const objects = {};
        let complete = true;
        for (const [key, v] of Object.entries(data.objects)) {
            if (isManifestEntry(v))
                objects[key] = v;
            else
                complete = false;
        }
        // A snapshot is trusted only whole: with any entry unreadable, the bucket is listed.
        const bucket = complete && 'bucket' in data ? parseSnapshot(data.bucket) : undefined;
        return bucket === undefined ? { version: 1, objects } : { version: 1, objects, bucket };
    }
    catch {
        return undefined;
    }
}
function isManifestEntry(v) {
    if (typeof v !== 'object' || v === null)
        return false;
    const o = v; // read only: no copy per entry (10,000s of them)
    return (typeof o.etag === 'string' &&
        typeof o.md5 === 'string' &&
        typeof o.size === 'number' &&
        typeof o.contentType === 'string' &&
        typeof o.cacheControl === 'string' &&
        (o.storedCacheControl === undefined || typeof o.storedCacheControl === 'string') &&
        (o.generated === undefined || o.generated === true) &&
        (o.blob === undefined || (typeof o.blob === 'string' && /^[0-9a-f]{40,64}$/.test(o.blob))));
}
function parseSnapshot(v) {
    if (typeof v !== 'object' || v === null || !('listed' in v) || !('others' in v))
        return undefined;
    const { listed, others } = v;
    if (typeof listed !== 'string' || typeof others !== 'object' || others === null)
        return undefined;
    const out = {};
    for (const [key, o] of Object.entries(others)) {
        if (typeof o !== 'object' || o === null || !('etag' in o) || !('size' in o))
            return undefined;
        const { etag, size } = o;
        if (typeof etag !== 'string' || typeof size !== 'number')
            return undefined;
        out[key] = { etag, size };
    }
    return { listed, others: out };
}

// EXTERNAL MODULE: ./src/sync/progress.ts
var sync_progress = __webpack_require__(52);
// EXTERNAL MODULE: ./src/sync/s3.ts
var s3 = __webpack_require__(9665);
;// CONCATENATED MODULE: ./src/sync/budget.ts
/**
 * A bound on the bytes uploads hold in memory at once. A single-part upload holds its whole
 * file (a retry must be able to send the bytes again); a multipart upload holds up to
 * `queueSize` parts of PART_SIZE. With 16 uploads at a time and no bound, a tree with a few
 * large files held 16 × 8 MiB and more (issue 11: 327 MB peak RSS for a first publish of
 * 10,000 files). Requests are served in order; one larger than the whole budget waits until
 * nothing else is held, then runs alone.
 */
class ByteBudget {
    capacity;
    used = 0;
    waiting = [];
    constructor(capacity) {
        this.capacity = capacity;
        if (!(capacity > 0))
            throw new Error(`ByteBudget: capacity must be positive, got ${capacity}`);
    }
    /** Runs `fn` once `bytes` fit in the budget, and gives them back when it settles. */
    async run(bytes, fn) {
        const take = Math.min(Math.max(0, bytes), this.capacity);
        await this.acquire(take);
        try {
            return await fn();
        }
        finally {
            this.used -= take;
            this.drain();
        }
    }
    /** Bytes held right now (for tests). */
    get held() {
        return this.used;
    }
    acquire(bytes) {
        if (this.waiting.length === 0 && this.used + bytes <= this.capacity) {
            this.used += bytes;
            return Promise.resolve();
        }
        return new Promise((resolve) => {
            this.waiting.push({
                bytes,
                start: () => {
                    this.used += bytes;
                    resolve();
                },
            });
        });
    }
    drain() {
        for (let next = this.waiting[0]; next !== undefined; next = this.waiting[0]) {
            if (this.used + next.bytes > this.capacity)
                return;
            this.waiting.shift();
            next.start();
        }
    }
}

;// CONCATENATED MODULE: ./src/sync/index.ts












/** At most this many bytes of file content held by uploads at once (see budget.ts). */
const UPLOAD_MEMORY_BYTES = 48 * 1024 * 1024;
const isHtml = (key) => /\.html?$/i.test(key);
async function runSync(opts) {
    const now = opts.now ?? Date.now;
    const started = now();
    const limit = pLimit(opts.concurrency);
    const found = await readLocal(opts);
    const { local, hashed, state } = await hashLocal(opts, found, limit);
    const listedAt = state.listed
        ? new Date(started).toISOString()
        : (state.manifest?.bucket?.listed ?? '');
    const objects = state.remote.filter((r) => !r.key.startsWith(sync_local/* RESERVED_PREFIX */.Uy)).length;
    opts.log.info(state.listed
        ? `bucket listed: ${objects} objects`
        : `bucket taken from the manifest: ${objects} objects, unchanged by the action since it was listed at ${listedAt} (\`verify: full\` lists it)`);
    if (opts.listing === true)
        local.push(...(await listingEntries(found.files, opts)));
    const changes = planChanges(opts, local, state);
    const totalBytes = changes.uploads.reduce((n, u) => n + u.size, 0);
    const result = (bytesUploaded, dryRun) => ({
        bucket: opts.bucket,
        dryRun,
        uploaded: changes.uploads.map((u) => u.key),
        metadataUpdated: changes.copies.map((c) => c.key),
        deleted: [...changes.plan.deletes],
        unchanged: changes.plan.unchanged.length,
        hashed,
        listed: state.listed,
        kept: changes.plan.kept.length,
        bytesUploaded,
        durationMs: now() - started,
        changedKeys: changes.changedKeys,
        allKeys: changes.allKeys,
        gitSkipped: found.gitSkipped,
        plan: changes.plan,
    });
    if (opts.dryRun)
        return result(totalBytes, true);
    const bytesUploaded = await applyChanges(opts, changes, local, state, listedAt, limit);
    return result(bytesUploaded, false);
}
/**
 * Step 1: `content-dir` is checked before any request; then the manifest is asked for, and the
 * listing when the manifest holds no snapshot of the bucket (or with `verify: full`); both
 * arrive while the folder is walked and git is asked about it.
 */
async function readLocal(opts) {
    const { client, bucket, log } = opts;
    const verify = opts.verify ?? 'git';
    if (opts.workspace !== undefined)
        await (0,sync_local/* checkContentDir */.bU)(opts.contentDir, opts.workspace);
    const manifestPromise = (0,s3/* getText */.q4)(client, bucket, MANIFEST_KEY).then(parseManifest);
    const listBucket = async () => ({ remote: await (0,s3/* listObjects */.L)(client, bucket), listed: true });
    const listing = verify === 'full'
        ? listBucket()
        : manifestPromise.then((m) => {
            const snapshot = remoteFromSnapshot(m);
            return snapshot === undefined ? listBucket() : { remote: snapshot, listed: false };
        });
    // Awaited later; when the walk fails first, its error is the one reported.
    listing.catch(() => undefined);
    manifestPromise.catch(() => undefined);
    const gitSkipped = [];
    const [files, gitResult] = await Promise.all([
        (0,sync_local/* walkContentDir */.sp)(opts.contentDir, {
            exclude: opts.exclude,
            warn: log.warn,
            onGitSkipped: (key) => gitSkipped.push(key),
        }),
        verify === 'git' ? readGitState(opts.contentDir) : undefined,
    ]);
    if (files.length === 0) {
        throw new sync_local/* ContentDirError */.xO(`\`content-dir\`: '${(0,report_escape/* escapeForLog */.zB)(opts.contentDirInput)}' has no files${opts.exclude.length > 0 ? ' left after `exclude`' : ''}: refusing to publish an empty site`);
    }
    let git;
    if (gitResult === undefined)
        log.info('verify: full: every file is read and hashed');
    else if (!gitResult.ok)
        log.info(`git fast path off (${gitResult.reason}): every file is hashed`);
    else
        git = gitResult.state;
    const remote = Promise.all([listing, manifestPromise]).then(([l, manifest]) => ({
        ...l,
        manifest,
    }));
    remote.catch(() => undefined); // awaited in hashLocal
    return { files, gitSkipped, git, remote };
}
/**
 * Step 2: the local entries, in the walk's order. Files git cannot vouch for are hashed at once,
 * while the manifest arrives; the others wait for it, and are hashed only when it does not know
 * their blob id.
 */
async function hashLocal(opts, { files, git, remote }, limit) {
    let hashed = 0;
    const local = new Array(files.length);
    const hashing = [];
    const entryOf = (f, h, blob) => ({
        key: f.key,
        absPath: f.absPath,
        size: h.size,
        md5: h.md5,
        etag: h.etag,
        blob,
        contentType: (0,headers/* contentTypeFor */.Zy)(f.key),
        cacheControl: (0,headers/* cacheControlFor */.T7)(f.key, opts.cacheControl),
    });
    const hashInto = (i, f, blob) => {
        // A racily clean file (git.ts) is read as git would read it: its blob id taken in the same
        // read tells whether it still holds the index's bytes.
        const racy = git?.racy.has(f.absPath) === true ? git.hash : undefined;
        const done = limit(() => (0,hash/* hashFile */.DC)(f.absPath, hash/* PART_SIZE */.El, f.size, racy)).then((h) => {
            hashed += 1;
            local[i] = entryOf(f, h, h.blob ?? blob);
        });
        done.catch(() => undefined); // handled where `hashing` is awaited
        hashing.push(done);
    };
    const vouched = [];
    files.forEach((f, i) => {
        const clean = git?.clean.get(f.absPath);
        // Git's word holds only while the file is as the index saw it (ctime to the nanosecond).
        if (clean !== undefined && clean.stamp === f.stamp)
            vouched.push({ i, f, blob: clean.blob });
        else
            hashInto(i, f, undefined);
    });
    const state = await remote.catch(async (e) => {
        await Promise.allSettled(hashing); // no hashing left running behind the error
        throw e;
    });
    const known = state.manifest?.objects ?? {};
    for (const { i, f, blob } of vouched) {
        const m = Object.hasOwn(known, f.key) ? known[f.key] : undefined;
        if (m?.blob === blob && m.size === f.size) {
            local[i] = entryOf(f, { size: f.size, md5: m.md5, etag: (0,hash/* normalizeEtag */.Pt)(m.etag) }, blob);
        }
        else {
            hashInto(i, f, blob);
        }
    }
    await Promise.all(hashing);
    if (git !== undefined) {
        const racy = git.racy.size > 0 ? ` (${git.racy.size} of them written in the tick of git's index)` : '';
        opts.log.info(`git fast path: ${files.length - hashed} of ${files.length} files unchanged by their git blob id, ${hashed} read and hashed${racy}`);
    }
    return { local, hashed, state };
}
/** Step 3: the plan, held to `max-delete`, and what it sends and invalidates. */
function planChanges(opts, local, state) {
    const plan = planSync(local, state.remote, state.manifest, { delete: opts.delete });
    if (opts.delete)
        checkMaxDelete(plan, opts.maxDelete, opts.contentDirInput);
    // Objects past CopyObject's 5 GB cannot be re-headered in place: send them again.
    const uploads = [...plan.uploads, ...plan.metadataUpdates.filter((m) => m.size > s3/* COPY_LIMIT */.eI)];
    const copies = plan.metadataUpdates.filter((m) => m.size <= s3/* COPY_LIMIT */.eI);
    const changedKeys = [
        ...uploads.map((u) => u.key),
        ...copies.map((c) => c.key),
        ...plan.deletes,
    ].sort();
    const skipped = new Set(plan.skippedListings);
    const allKeys = [...local.map((l) => l.key).filter((k) => !skipped.has(k)), ...plan.kept].sort();
    for (const key of plan.skippedListings) {
        opts.log.warn(`no listing written at ${(0,report_escape/* escapeForLog */.zB)(key)}: the bucket holds an object there that the sync did not generate, and \`delete\` is false`);
    }
    opts.log.info(`plan for bucket '${opts.bucket}': ${uploads.length} to upload, ${copies.length} to re-header, ` +
        `${plan.deletes.length} to delete, ${plan.unchanged.length} unchanged` +
        (plan.kept.length > 0 ? `, ${plan.kept.length} kept (delete: false)` : ''));
    return { plan, uploads, copies, changedKeys, allKeys };
}
/**
 * Step 4: the bucket changed in the order that is safe to interrupt (see the module comment).
 * Returns the bytes uploaded.
 */
async function applyChanges(opts, { plan, uploads, copies }, local, { remote, manifest }, listedAt, limit) {
    const { client, bucket, log } = opts;
    const progress = new sync_progress/* Progress */.ke({
        totalFiles: uploads.length,
        totalBytes: uploads.reduce((n, u) => n + u.size, 0),
        log: log.info,
        now: opts.now ?? Date.now,
        ...(opts.progressIntervalMs !== undefined ? { intervalMs: opts.progressIntervalMs } : {}),
    });
    // The bucket is about to change: the manifest loses its snapshot first, so that a run that
    // dies half-way leaves one that makes the next run list the bucket (plan.ts, BucketSnapshot).
    const changes = uploads.length > 0 || copies.length > 0 || plan.deletes.length > 0;
    if (changes && manifest?.bucket !== undefined) {
        await (0,s3/* putText */.rb)(client, bucket, MANIFEST_KEY, JSON.stringify(withoutSnapshot(manifest)), 'application/json');
    }
    const written = new Map();
    const budget = new ByteBudget(opts.uploadMemoryBytes ?? UPLOAD_MEMORY_BYTES);
    const assets = uploads.filter((u) => !isHtml(u.key));
    const pages = uploads.filter((u) => isHtml(u.key));
    for (const batch of [assets, pages]) {
        await settleAll(batch.map((u) => limit(async () => {
            const etag = await budget.run((0,s3/* uploadMemory */.dN)(u.size), () => (0,s3/* uploadFile */.QM)(client, bucket, u, (n) => progress.addBytes(n)));
            written.set(u.key, etag);
            progress.fileDone();
            log.info(`uploaded ${(0,report_escape/* escapeForLog */.zB)(u.key)} (${u.reason}${u.generated === true ? ' folder listing' : ''})`);
        })), 'upload');
    }
    await settleAll(copies.map((c) => limit(async () => {
        written.set(c.key, await (0,s3/* replaceHeaders */.vM)(client, bucket, c, c.remoteEtag));
        log.info(`updated headers of ${(0,report_escape/* escapeForLog */.zB)(c.key)} (${c.reason})`);
    })), 'header update');
    // Written when anything changed, or when it learns something (e.g. the blob ids of a first
    // run with the git fast path, or the snapshot of a run that listed the bucket). With deletes
    // to come, first without the snapshot (the bucket has yet to reach it), then with it.
    const after = nextManifest(manifest, plan, local, written, remote);
    const final = withSnapshot(after, plan, remote, listedAt);
    if (changes || manifest === undefined || !sameManifest(final, manifest)) {
        const first = plan.deletes.length > 0 ? after : final;
        await (0,s3/* putText */.rb)(client, bucket, MANIFEST_KEY, JSON.stringify(first), 'application/json');
    }
    if (plan.deletes.length > 0) {
        await (0,s3/* deleteKeys */.IO)(client, bucket, plan.deletes);
        for (const key of plan.deletes)
            log.info(`deleted ${(0,report_escape/* escapeForLog */.zB)(key)}`);
        await (0,s3/* putText */.rb)(client, bucket, MANIFEST_KEY, JSON.stringify(final), 'application/json');
    }
    return progress.done.bytes;
}
/**
 * The generated folder listings as entries to sync: hashed like files, so an unchanged
 * listing is never re-sent. Dates come from one `git log` over `content-dir`.
 */
async function listingEntries(files, opts) {
    const git = await gitDates(opts.contentDir, files.map((f) => f.key));
    if (git.unavailable !== undefined) {
        opts.log.info(`listing: no dates (not a git checkout, or git refused it: ${(0,report_escape/* escapeForLog */.zB)(git.unavailable)})`);
    }
    const listed = files.map((f) => ({ key: f.key, size: f.size, date: git.dates.get(f.key) }));
    return generateListings(listed).map((g) => {
        const body = Buffer.from(g.html, 'utf8');
        const h = (0,hash/* hashBytes */.yi)(body);
        return {
            key: g.key,
            absPath: '',
            size: h.size,
            md5: h.md5,
            etag: h.etag,
            contentType: (0,headers/* contentTypeFor */.Zy)(g.key),
            cacheControl: (0,headers/* cacheControlFor */.T7)(g.key, opts.cacheControl),
            body,
            generated: true,
        };
    });
}
/** Waits for every task, then throws the first failure (with how many failed). */
async function settleAll(tasks, what) {
    const results = await Promise.allSettled(tasks);
    const failed = results.filter((r) => r.status === 'rejected');
    const first = failed[0];
    if (first === undefined)
        return;
    const reason = first.reason;
    const message = reason instanceof Error ? reason.message : String(reason);
    const more = failed.length > 1 ? ` (and ${failed.length - 1} more ${what} failures)` : '';
    throw new Error(`${message}${more}. Nothing was deleted; the next run picks up where this one stopped.`);
}

;// CONCATENATED MODULE: ./src/commands/sync.ts
/**
 * `command: sync`: publish `content-dir` to the bucket, then invalidate what changed.
 * Also the last two steps of `deploy`.
 */




/** The bucket and distribution: from the site file, else from the site stack's outputs. */
async function resolveTarget(site, ctx) {
    if (site.bucket !== undefined)
        return { bucket: site.bucket, distributionId: site.distributionId };
    const stackName = `${site.stackName}-site`;
    // Loaded only here: a sync into a given `bucket` never loads the CloudFormation client.
    const [{ readStackOutputs }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(805), __webpack_require__.e(910)]).then(__webpack_require__.bind(__webpack_require__, 3529)),
        ctx.clients.load?.({ cloudFormation: true }),
    ]);
    const outputs = await readStackOutputs(ctx.clients.cloudFormation(site.region), stackName, site.region);
    const bucket = outputs.BucketName;
    if (bucket === undefined)
        throw new Error(`stack '${stackName}' has no output BucketName: was it deployed by this action?`);
    return { bucket, distributionId: site.distributionId ?? outputs.DistributionId };
}
async function syncAndInvalidate(site, target, ctx, dryRun) {
    const details = [];
    let sync;
    try {
        sync = await runSync({
            client: ctx.clients.s3(site.region),
            bucket: target.bucket,
            contentDir: site.contentDir,
            contentDirInput: site.contentDirInput,
            workspace: site.workspace,
            exclude: site.exclude,
            cacheControl: site.cacheControl,
            delete: site.delete,
            maxDelete: site.maxDelete,
            listing: site.listing,
            dryRun,
            concurrency: site.concurrency,
            verify: site.verify,
            now: ctx.now,
            log: {
                // Per-file lines go into a collapsed group at the end; plan and progress lines show live.
                info: (m) => /^(uploaded|updated headers of|deleted) /.test(m) ? details.push(m) : ctx.log.info(m),
                warn: (m) => ctx.log.warn(m),
            },
        });
    }
    finally {
        if (details.length > 0) {
            await ctx.log.group(`Sync details (${details.length} ${details.length === 1 ? 'change' : 'changes'})`, async () => details.forEach((d) => ctx.log.info(d)));
        }
    }
    return { sync, invalidation: await invalidate(site, target, sync, ctx) };
}
async function invalidate(site, target, sync, ctx) {
    const distributionId = target.distributionId;
    if (distributionId === undefined) {
        if (site.invalidate && sync.changedKeys.length > 0) {
            ctx.log.info('no distribution: set `distribution-id` in the site file (or deploy the site stack) to invalidate the CloudFront cache');
        }
        return undefined;
    }
    const none = (note) => ({
        distributionId,
        id: undefined,
        paths: [],
        status: 'none',
        note,
    });
    if (!site.invalidate)
        return none('Skipped: `invalidate` is false.');
    if (target.newDistribution === true)
        return none('New distribution: nothing is cached yet.');
    if (sync.changedKeys.length === 0)
        return none('Nothing changed, nothing to invalidate.');
    const plan = (0,paths/* planInvalidation */.co)(sync.changedKeys, { allKeys: sync.allKeys });
    if (sync.dryRun) {
        return {
            distributionId,
            id: undefined,
            paths: plan.paths,
            status: 'dry run',
            note: `Would invalidate: ${plan.reason}`,
        };
    }
    // Loaded only when there is something to invalidate (see `resolveTarget`).
    const [{ createInvalidation, waitForInvalidation }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(169), __webpack_require__.e(817)]).then(__webpack_require__.bind(__webpack_require__, 2817)),
        ctx.clients.load?.({ cloudFront: true }),
    ]);
    const cloudFront = ctx.clients.cloudFront();
    const created = await createInvalidation(cloudFront, distributionId, [...plan.paths], `secure-dist-${(0,external_node_crypto_.randomUUID)()}`);
    ctx.log.info(
    // The reason names key prefixes: escaped, as every key in a log line.
    `invalidation ${created.id} on ${distributionId}: ${plan.paths.length} path(s) — ${(0,report_escape/* escapeForLog */.zB)(plan.reason)}`);
    let status = created.status;
    if (site.waitForInvalidation) {
        const done = await waitForInvalidation(cloudFront, distributionId, created.id, {
            timeoutSeconds: site.invalidationTimeoutSeconds,
            sleep: ctx.sleep,
            now: ctx.now,
            onProgress: (s, elapsedMs) => ctx.log.info(`invalidation ${created.id}: ${s} after ${Math.round(elapsedMs / 1000)} s`),
        });
        status = done.status;
    }
    return { distributionId, id: created.id, paths: plan.paths, status, note: plan.reason };
}


/***/ }),

/***/ 5363:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  b4: () => (/* binding */ MAX_FILE_PATHS),
  ZZ: () => (/* binding */ MAX_WILDCARD_PATHS),
  co: () => (/* binding */ planInvalidation)
});

// UNUSED EXPORTS: DEFAULT_COLLAPSE_THRESHOLD, DEFAULT_MAX_PATHS, DEFAULT_MAX_WILDCARDS, toInvalidationPath

;// CONCATENATED MODULE: ./src/edge/core/encoding.ts
/**
 * The ONE canonical percent-encoding of a path, shared by the edge function (which re-encodes
 * every decoded segment with it before the request reaches the cache and the origin) and the
 * invalidation planner (src/invalidate/paths.ts, which builds invalidation paths with it). So
 * `/secr%65t.pdf`, `/secret.pdf` and `/%73ecret.pdf` are one cache entry, `/secret.pdf`, which
 * is exactly what invalidating the key `secret.pdf` purges (issue 15 #11).
 *
 * As the CloudFront Developer Guide asks for invalidation paths ("Specify the objects to
 * invalidate": https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/invalidation-specifying-objects.html),
 * non-ASCII characters and the characters RFC 1738 calls unsafe are percent-encoded as UTF-8
 * (upper-case hex): control characters, space, `"` `#` `%` `<` `>` `[` `\` `]` `^` `` ` ``
 * `{` `|` `}` `~`; plus `?` (it would start a query string), `*` (it would be a wildcard) and
 * `+` (issue 22 #2, below). `/` and every other character (`@ : = & $ , ; ! ' ( )`…) stay as
 * they are; S3 reads them literally in a path.
 *
 * `+` is `%2B` because S3's REST endpoint reads a raw `+` in a path as a space, also behind
 * CloudFront: then `/my+secret.pdf` would fetch `my secret.pdf`, and a deleted `my secret.pdf`
 * would stay cached under its `+` alias, which invalidating `/my%20secret.pdf` never purges. The
 * evidence is public reports, not AWS documentation (no AWS page we found describes it): a
 * crates.io investigation measured, for an object whose key has a `+`, `+` ⇒ 403, `%2B` ⇒ 200,
 * `%20` ⇒ 403 on both S3 and CloudFront in front of it, and the opposite for a key with a space
 * (https://hackmd.io/@jdno/r13gNdn82, rust-lang/crates.io#4891); a test through CloudFront with an
 * S3 origin served `test 1.txt` for `/test+1.txt` (the S3 website endpoint did not;
 * https://techracho.bpsinc.jp/?p=148538); `hello+world.txt` over the REST URL was AccessDenied
 * and `%2B` worked (https://yetanothermichael.com/coding/2022/10/11/the-problem-with-plus-signs-and-s3.html);
 * s3cmd's maintainers note S3 "accepts either format" for a space (s3tools/s3cmd#554).
 * `%2B` is a literal `+` under either reading, and a viewer's raw `+` decodes to `+` here
 * (`decodeURIComponent`), so the edge's answer is the `+` key whatever S3 does with a raw one.
 *
 * Pure: no imports, ES5 globals only (`encodeURIComponent`).
 */
/** RFC 1738 unsafe characters, plus `?` (query string), `*` (wildcard) and `+` (S3: a space). */
const ENCODED = ' "#%<>[\\]^`{|}~?*+';
const HEX = '0123456789ABCDEF';
/**
 * `text` with every character outside the kept set percent-encoded (`/` is kept). Walks UTF-16
 * code units by hand (no `for…of`, no `TextEncoder`: the CloudFront Functions runtime has
 * neither); non-ASCII characters are UTF-8 encoded by `encodeURIComponent`, whose escapes are
 * upper-case hex, and a lone surrogate becomes U+FFFD (`%EF%BF%BD`), as `TextEncoder` did.
 */
function canonicalEncode(text) {
    let out = '';
    for (let i = 0; i < text.length; i += 1) {
        const c = text.charCodeAt(i);
        if (c < 0x80) {
            const ch = text.charAt(i);
            out +=
                c < 0x21 || c > 0x7e || ENCODED.includes(ch)
                    ? `%${HEX.charAt(c >> 4)}${HEX.charAt(c & 15)}`
                    : ch;
            continue;
        }
        let ch = text.charAt(i);
        if (c >= 0xd800 && c <= 0xdbff) {
            const next = text.charCodeAt(i + 1);
            if (next >= 0xdc00 && next <= 0xdfff) {
                ch = text.slice(i, i + 2);
                i += 1;
            }
            else
                ch = '\ufffd';
        }
        else if (c >= 0xdc00 && c <= 0xdfff)
            ch = '\ufffd';
        out += encodeURIComponent(ch);
    }
    return out;
}
/** The canonical path of the object at `key`: `/` and the encoded key. */
function canonicalPath(key) {
    return `/${canonicalEncode(key)}`;
}

;// CONCATENATED MODULE: ./src/invalidate/paths.ts
/**
 * Invalidation planning: the S3 keys a sync changed ⇒ the fewest CloudFront paths that cover
 * them, within the service limits. Pure: plain data in, plain data out.
 *
 * **Limits.** CloudFront allows 3,000 file paths and 15 wildcard paths in progress per
 * distribution; `*` may only be the last character; a wildcard counts as one path. The first
 * 1,000 paths a month are free, then each costs $0.005. A path may be 4,000 characters long (an
 * S3 key is at most 1,024 bytes, so at most 3,073 characters once encoded).
 *
 * **Paths.** A changed key `k` becomes `/k`. A key `dir/index.html` also invalidates `/dir/` and
 * `/dir`, and the root `index.html` also `/`. Keys are encoded with the edge function's canonical
 * encoding (`canonicalPath`, src/edge/core/encoding.ts): non-ASCII characters and the characters
 * RFC 1738 calls unsafe are percent-encoded as UTF-8, plus `?`, `*` and `+` (S3 reads a raw `+`
 * as a space), and nothing else is. The edge re-encodes every request's path the same way, so the
 * path matches the cached object.
 *
 * **Collapse rule.** A directory `d/` is invalidated as the single path `/d/*` when at least
 * `minKeys` (default 10) of its keys changed and they are at least `minRatio` (default 50%) of
 * the keys under it after the sync (`allKeys`; deleted keys count as changed): a wildcard never
 * invalidates more unchanged objects than changed ones. The root is a directory too: when at
 * least 10 keys and 50% of the site changed, the plan is `/*`. Candidates are taken by most paths
 * saved first (then fewest unchanged keys invalidated), skipping any inside or around one already
 * taken, up to `maxWildcards` (default 15). Without `allKeys` nothing is known about unchanged
 * content, so this rule collapses nothing.
 *
 * **Fallback.** If more than `maxPaths` (default 1,000) file paths remain after collapsing, the
 * plan is the single path `/*`: one path instead of more than 1,000 (over $5 a deploy once the
 * free paths are used up), and always within the service limits.
 */

/** CloudFront's limit on file paths in progress per distribution. */
const MAX_FILE_PATHS = 3000;
/** CloudFront's limit on wildcard paths in progress per distribution. */
const MAX_WILDCARD_PATHS = 15;
const DEFAULT_MAX_PATHS = 1000;
const DEFAULT_MAX_WILDCARDS = MAX_WILDCARD_PATHS;
const DEFAULT_COLLAPSE_THRESHOLD = { minKeys: 10, minRatio: 0.5 };
/**
 * The CloudFront path that matches the object at `key`: the canonical encoding the edge
 * function also gives every forwarded URI (src/edge/core/encoding.ts), so an invalidation
 * path and the cache key of the object it names are the same string.
 */
const toInvalidationPath = (key) => canonicalPath(key);
/** The paths a changed key invalidates: itself and, for `index.html`, its directory. */
function pathsForKey(key) {
    const path = toInvalidationPath(key);
    if (key === 'index.html')
        return [path, '/'];
    if (!key.endsWith('/index.html'))
        return [path];
    const dir = path.slice(0, -'index.html'.length);
    return [path, dir, dir.slice(0, -1)];
}
/** `a/b/c` ⇒ `''`, `a/`, `a/b/`: the root and every directory the key is in. */
function dirsOf(key) {
    const dirs = [''];
    for (let i = key.indexOf('/'); i !== -1; i = key.indexOf('/', i + 1))
        dirs.push(key.slice(0, i + 1));
    return dirs;
}
const byCodeUnit = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const countInto = (map, key) => {
    map.set(key, (map.get(key) ?? 0) + 1);
};
function checkRange(name, value, min, max, integer = true) {
    if (!(value >= min && value <= max) || (integer && !Number.isInteger(value))) {
        const what = integer ? 'a whole number' : 'a number';
        throw new RangeError(`planInvalidation: ${name} must be ${what} from ${min} to ${max}, got ${value}`);
    }
    return value;
}
/** Directories that meet the collapse rule, best first (see the rule at the top). */
function candidates(keys, filePaths, allKeys, threshold) {
    const changed = new Map();
    for (const key of keys)
        for (const dir of dirsOf(key))
            countInto(changed, dir);
    const total = new Map();
    for (const key of new Set([...allKeys, ...keys])) {
        for (const dir of dirsOf(key))
            if (changed.has(dir))
                countInto(total, dir);
    }
    // `/` never appears encoded, so the `/`s of a path are exactly the directories of its key.
    const covered = new Map();
    for (const path of filePaths) {
        for (let i = 0; i !== -1; i = path.indexOf('/', i + 1))
            countInto(covered, path.slice(0, i + 1));
    }
    const out = [];
    for (const [dir, c] of changed) {
        const t = total.get(dir) ?? c;
        const prefix = toInvalidationPath(dir);
        const cov = covered.get(prefix) ?? 0;
        if (c >= threshold.minKeys && c >= threshold.minRatio * t && cov > 1) {
            out.push({ prefix, changed: c, total: t, covered: cov });
        }
    }
    return out.sort((a, b) => b.covered - a.covered ||
        a.total - a.changed - (b.total - b.changed) ||
        byCodeUnit(a.prefix, b.prefix));
}
const percent = (part, whole) => `${Math.round((100 * part) / whole)}%`;
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
function planInvalidation(changedKeys, options = {}) {
    const maxPaths = checkRange('maxPaths', options.maxPaths ?? DEFAULT_MAX_PATHS, 1, MAX_FILE_PATHS);
    const maxWildcards = checkRange('maxWildcards', options.maxWildcards ?? DEFAULT_MAX_WILDCARDS, 1, MAX_WILDCARD_PATHS);
    const threshold = {
        minKeys: checkRange('collapseThreshold.minKeys', options.collapseThreshold?.minKeys ?? DEFAULT_COLLAPSE_THRESHOLD.minKeys, 1, Number.MAX_SAFE_INTEGER),
        minRatio: checkRange('collapseThreshold.minRatio', options.collapseThreshold?.minRatio ?? DEFAULT_COLLAPSE_THRESHOLD.minRatio, 0, 1, false),
    };
    const keys = [...new Set(changedKeys)].sort(byCodeUnit);
    if (keys.length === 0) {
        return { paths: [], wildcards: 0, files: 0, reason: 'nothing changed: no invalidation needed' };
    }
    const filePaths = [...new Set(keys.flatMap(pathsForKey))].sort(byCodeUnit);
    const picked = [];
    if (options.allKeys !== undefined) {
        for (const c of candidates(keys, filePaths, options.allKeys, threshold)) {
            if (picked.length === maxWildcards)
                break;
            const overlaps = picked.some((p) => c.prefix.startsWith(p.prefix) || p.prefix.startsWith(c.prefix));
            if (!overlaps)
                picked.push(c);
        }
    }
    const files = filePaths.filter((path) => !picked.some((p) => path.startsWith(p.prefix)));
    if (files.length > maxPaths) {
        return {
            paths: ['/*'],
            wildcards: 1,
            files: 0,
            reason: `fell back to /* because ${files.length} paths remained after collapsing, more than maxPaths (${maxPaths})`,
        };
    }
    const wildcards = picked.map((p) => `${p.prefix}*`);
    const paths = [...wildcards, ...files].sort(byCodeUnit);
    const plan = { paths, wildcards: wildcards.length, files: files.length };
    const [first] = picked;
    if (first?.prefix === '/') {
        const share = `${first.changed} of ${plural(first.total, 'key')} (${percent(first.changed, first.total)})`;
        return { ...plan, reason: `invalidating /* because ${share} changed` };
    }
    if (picked.length > 0) {
        const collapsed = picked
            .map((p) => `${plural(p.changed, 'key')} under ${p.prefix}*`)
            .join(', ');
        const rest = files.length > 0 ? `; ${plural(files.length, 'other path')}` : '';
        return { ...plan, reason: `collapsed ${collapsed}${rest}` };
    }
    const why = options.allKeys === undefined
        ? 'the bucket listing was not given, so no directory was collapsed'
        : `no directory had ${threshold.minKeys}+ changed keys making up at least ${percent(threshold.minRatio, 1)} of its keys`;
    return {
        ...plan,
        reason: `${plural(keys.length, 'changed key')} as ${plural(files.length, 'path')}: ${why}`,
    };
}


/***/ })

};
