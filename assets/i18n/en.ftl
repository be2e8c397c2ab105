# Sanad's interface in English. Every message has its twin in ar.ftl (a test checks).
# Placeables: { $name }. Counts select a plural form: [one] … *[other] ….

## Verdicts, stances, kinds, columns

verdict-unreviewed = Unreviewed
verdict-verified = Verified
verdict-disputed = Disputed
verdict-false = False
verdict-misleading = Misleading
verdict-unverifiable = Unverifiable
verdict-not-checkable = Not checkable
stance-supports = Supports
stance-refutes = Refutes
stance-context = Context
kind-number = number
kind-date = date
kind-quote = quote
kind-attribution = attribution
kind-comparison = comparison
kind-named-entity = named-entity
kind-causal = causal
kind-prediction = prediction
kind-opinion = opinion
kind-question = question
column-claim = Claim
column-kinds = Kinds
column-worth = Worth
column-attributed-to = Attributed to
column-sources = Sources
column-seen = Seen
column-verdict = Verdict
column-updated = Updated
signal-figure = has a figure
signal-date = has a date
signal-quote = quotes someone
signal-attribution = says who
signal-comparison = compares
signal-named-entity = names someone or something
signal-causal = states a cause
signal-prediction = predicts
signal-opinion = opinion word
signal-question = question
signal-short = very short
signal-long = long sentence
edit-verdict = verdict
edit-note = note
edit-add-source = add source
edit-edit-source = edit source
edit-remove-source = remove source
edit-new-claim = new claim
edit-delete-claim = delete claim
edit-split-claim = split claim
edit-merge-claims = merge claims
edit-change-claims = change claims
edit-reattach-claim = re-attach claim
edit-direction = paragraph direction
edit-resolve-conflict = resolve conflict
edit-merge-review = merge review
edit-replace-review = replace review
edit-dismiss-match = dismiss match
edit-several = several changes
direction-auto = Automatic (per paragraph)
direction-rtl = Right to left
direction-ltr = Left to right

## Languages

language-am = Amharic
language-ar = Arabic
language-be = Belarusian
language-bg = Bulgarian
language-ca = Catalan
language-cs = Czech
language-da = Danish
language-de = German
language-el = Greek
language-en = English
language-es = Spanish
language-fa = Persian
language-fi = Finnish
language-fr = French
language-he = Hebrew
language-hi = Hindi
language-hr = Croatian
language-hu = Hungarian
language-hy = Armenian
language-id = Indonesian
language-it = Italian
language-ja = Japanese
language-kk = Kazakh
language-mk = Macedonian
language-mr = Marathi
language-my = Burmese
language-nl = Dutch
language-pl = Polish
language-pt = Portuguese
language-ro = Romanian
language-ru = Russian
language-sk = Slovak
language-sr = Serbian
language-sv = Swedish
language-tr = Turkish
language-uk = Ukrainian
language-ur = Urdu
language-vi = Vietnamese
language-zh = Chinese

## Actions: menu items and their descriptions

action-new-from-article = New from article…
action-open = Open…
action-save = Save
action-save-as = Save as…
action-export-claimreview = Export ClaimReview JSON-LD…
action-export-csv = Export CSV…
action-export-markdown = Export Markdown report…
action-export-html = Export HTML report…
action-merge-review = Merge review…
action-quit = Quit
action-undo = Undo
action-redo = Redo
action-find = Find
action-select-all-shown = Select all shown claims
action-next-claim = Next claim
action-previous-claim = Previous claim
action-next-unreviewed = Next unreviewed claim
action-set-verdict = Verdict: { $verdict }
action-claim-from-selection = Claim from selection
action-split-claim = Split claim here
action-merge-with-next = Merge claim with next
action-delete-claim = Delete claim
action-write-note = Write note
action-update-article = Update article…
action-clear-marks = Clear the row selection
action-toggle-highlights = Highlight claims
action-zoom-in = Zoom in
action-zoom-out = Zoom out
action-actual-size = Actual size
action-larger-text = Larger article text
action-smaller-text = Smaller article text
action-use-match = Use this fact-check
action-use-match-with-verdict = Use this fact-check and its verdict
action-dismiss-matches = Dismiss suggestions
action-show-library = Library
action-show-shortcuts = Keyboard shortcuts
action-show-about = About Sanad
action-new-from-article-about = new review from an article
action-open-about = open a review or an article
action-save-about = save the review
action-save-as-about = save the review to another file
action-export-about = export the review for publishing or spreadsheets
action-merge-review-about = merge a colleague's review of the same article
action-quit-about = quit
action-undo-about = undo
action-redo-about = redo
action-find-about = find claims by their words
action-select-all-shown-about = select every claim the table shows
action-next-claim-about = next claim
action-previous-claim-about = previous claim
action-next-unreviewed-about = next unreviewed claim
action-set-verdict-about = verdict “{ $verdict }” for the claim (or every selected row)
action-claim-from-selection-about = make a claim of the text selected in the article
action-split-claim-about = split the claim where you clicked in it
action-merge-with-next-about = merge the claim with the next
action-delete-claim-about = delete the claim
action-write-note-about = write in the claim's note (Escape or a click elsewhere to finish)
action-update-article-about = re-attach the claims to a corrected article
action-clear-marks-about = clear the row selection
action-toggle-highlights-about = show or hide the highlights
action-zoom-in-about = zoom in
action-zoom-out-about = zoom out
action-actual-size-about = zoom back to the actual size
action-larger-text-about = larger article text
action-smaller-text-about = smaller article text
action-use-match-about = add the best match from the library as a source (for every selected row)
action-use-match-with-verdict-about = add the best match as a source and give the claim its verdict
action-dismiss-matches-about = dismiss the library's suggestions for the claim (or every selected row)
action-show-library-about = search and import fact-checks in the library
action-show-shortcuts-about = list the keyboard shortcuts
action-show-about-about = about Sanad
shortcut-or = { " " }or{ " " }
tooltip-with-keys = { $about } ({ $keys })

## Buttons and words used in many places

button-ok = OK
button-cancel = Cancel
button-discard = Discard
list-separator = ,{ " " }
window-title = { $name } — Sanad

## Menus

menu-file = File
menu-edit = Edit
menu-review = Review
menu-view = View
menu-help = Help
menu-open-recent = Open recent
menu-no-recent-files = No recent files
menu-reopen-as = Reopen article as
menu-export = Export
menu-settings = Settings
menu-verdict = Verdict
menu-article-language = Article language
menu-article-language-about = Find the sentences and claims again with this language's rules; reviewed claims are kept
menu-language-with-tag = { $language } ({ $tag })
menu-undo-what = { $action } { $what }
menu-checkbox-with-keys = { $label }  { $keys }
menu-interface-language = Interface language
interface-language-system = System ({ $language })
menu-digits = Digits
digits-western = Western (0–9)
digits-arabic-indic = Arabic-Indic (٠–٩)
theme-light = Light
theme-dark = Dark
theme-system = System
settings-your-name = Your name (recorded with every change):
settings-organisation = Organisation (ClaimReview author):
settings-review-url = Fact-check page address (ClaimReview url):
settings-save-page-now = Internet Archive (Save Page Now)…
settings-save-page-now-about = ask the Internet Archive to keep a public copy of each source you archive

## Help

shortcuts-click = { $command }+click, Shift+click
shortcuts-click-about = select several rows; a verdict key then applies to all
shortcuts-copy-about = copy the selected article text
shortcuts-us-keyboard = Keys are named as printed on a US keyboard: with another layout active (Arabic, Persian, Hebrew, Russian, AZERTY) press the key in the same place. The verdict keys also take ١–٧.
about-title = Sanad { $version }
about-what = A fact-checking workbench: an article beside its checkable claims, each with its sources and a verdict.
about-fonts = Fonts: Noto Sans and Noto Naskh Arabic (SIL Open Font License).
about-licence = Licence: MIT or Apache-2.0.
welcome-title = Welcome to Sanad
welcome-your-name = Your name, recorded with every change you make:
welcome-continue = Continue

## The article side

toolbar-direction = Paragraph direction
toolbar-select-first = Select article text with the mouse first
article-claim-label = Claim { $id }: { $text } ({ $verdict })
conflicts-heading = { $count ->
    [one] One merge conflict to resolve
   *[other] { $count } merge conflicts to resolve
}
conflict-field = Claim #{ $claim } · { $field }:
conflict-keep-ours = Keep ours: { $value }
conflict-take-theirs = Take theirs: { $value }
orphans-heading = { $count ->
    [one] One claim was not found in the updated article: select its text in the article and attach it
   *[other] { $count } claims were not found in the updated article: select their text in the article and attach them
}
orphans-attach = Attach to selection
orphan-line = #{ $id } { $verdict }

## The claims table

filter-find = Find:
filter-find-hint = text, source or note (Ctrl+F)
filter-verdict = Verdict:
filter-any-verdict = Any verdict
filter-kind = Kind:
filter-any-kind = Any kind
filter-checked-before = Checked before
filter-checked-before-about = only claims with a strong match in the fact-check library
filter-clear = Clear
filter-count = { $shown } of { $total }
sort-by = Sort by { $column }
worthiness-figure = Check-worthiness { $value }
seen-label = Checked before: { $verdict } (match { $percent } %)
seen-about = Checked before: a strong match in the library, rated { $verdict } ({ $percent } % of the claim's words)
bulk-selected = { $count ->
    [one] One claim selected:
   *[other] { $count } claims selected:
}
bulk-clear = Clear selection

## The detail panel

detail-no-claim = No claim selected.
detail-claim = Claim #{ $id }
detail-in-sentence = In its sentence:
detail-attributed-to = Attributed to
detail-kinds = Kinds: { $kinds }
detail-worthiness-about = How much the claim deserves checking, from 0 to 1, and what moved it most
detail-verdict = Verdict:
verdict-with-key = { $key } { $verdict }
detail-note = Note
detail-note-hint = Note on this claim
detail-sources = Sources ({ $count })
detail-add-source = Add source…
detail-delete = Delete
detail-merge-with-next = Merge with next
detail-split-here = Split here
split-how = Click a word inside the claim in the article to choose where to split
signal-wording = its wording
reason-with-sign = { $reason } ({ $sign })
source-untitled = (untitled)
source-remove = Remove
source-edit = Edit
source-accessed = accessed { $date }
source-form-add = Add source
source-form-edit = Edit source
source-address = Address (http or https):
source-title = Title
source-publisher = Publisher
source-excerpt = Excerpt
source-stance = Stance:
source-accessed-field = Accessed:
source-save = Save source
source-bad-address = Address: { $reason }.
source-needs-address-or-title = Give the source an address or a title.
source-bad-date = Accessed: write the date as YYYY-MM-DD.
link-open-in-browser = Open in the browser
link-not-opened = Not opened: { $reason }
history-heading = History ({ $count })
history-none = No changes yet.
history-set = { $field }: { $new }
history-removed = { $field }: removed { $old }
history-changed = { $field }: was { $old }, now { $new }

## Checked before? and the library

matches-heading = Checked before? ({ $count })
matches-opening-library = opening the library…
matches-no-library = no fact-check library
matches-matching = matching…
matches-dismiss-all = Dismiss all
match-no-rating = (no rating)
match-desk-review = the desk's review
match-strength = match { $percent } %
match-and-its-verdict = …and its verdict
match-dismiss = Dismiss
match-open-fact-check = Open the fact-check
match-open-review = Open that review
match-open-review-about = { $file } (claim #{ $claim })
matches-used = { $count ->
    [one] A match used for one claim
   *[other] Matches used for { $count } claims
}
no-match-to-use = No match from the library to use for this claim
no-suggestions-to-dismiss = No suggestions to dismiss
suggestions-dismissed = { $count ->
    [one] One suggestion dismissed
   *[other] { $count } suggestions dismissed
}
library-could-not-open = the library could not be opened
library-opening = Opening the library…
library-no-folder = There is no fact-check library folder (set $SANAD_LIBRARY).
library-no-folder-to-import = There is no fact-check library folder to import into
library-counts = { $imported ->
    [one] One fact-check imported
   *[other] { $imported } fact-checks imported
}, { $reviewed ->
    [one] one claim judged in the desk's reviews
   *[other] { $reviewed } claims judged in the desk's reviews
}
library-import = Import fact-checks…
library-scan = Scan the review folders
library-scan-about = look again for reviews changed in the library's folders
library-kept-in = Kept in { $folder }
library-never = never
library-folder = Reviews in { $folder } — last scanned { $when }
library-search = Search:
library-rating = Rating:
library-any-rating = Any rating
library-publisher = Publisher:
library-language = Language:
library-newest = The { $count } newest (type to search)
library-found = { $count ->
    [one] One found
   *[other] { $count } found
}
library-importing = Importing { $file }…
library-imported = Imported { $file }: { $added } added, { $updated } updated, { $skipped } skipped ({ $total } fact-checks in the library)
library-not-imported = Not imported: { $reason }
library-import-stopped = The import stopped unexpectedly
threshold-marks = % marks a claim
threshold-marks-about = a match this strong marks the claim “checked before”
threshold-suggested = % is suggested
threshold-suggested-about = a match this strong is listed under the claim
threshold-not-before = No older than (YYYY-MM-DD):
threshold-defaults = Defaults

## The status bar

status-not-saved-yet = not saved yet
status-unsaved = unsaved changes
status-language-encoding = { $language } · { $encoding }
status-progress = { $reviewed }/{ $total } reviewed
status-verdict-count = { $count } { $verdict }
status-dismiss = Dismiss

## Files: opening, saving, exporting, merging

prompt-open = Open an article or a review
prompt-new-from-article = New review from an article
prompt-save-as = Save the review as
prompt-update-article = Update the article (re-attach the claims)
prompt-export-claimreview = Export ClaimReview JSON-LD
prompt-export-csv = Export CSV
prompt-export-markdown = Export Markdown report
prompt-export-html = Export HTML report
prompt-merge = Merge a colleague's review
prompt-import-fact-checks = Import fact-checks into the library
prompt-file = File:
prompt-browse = Browse…
prompt-type-a-path = Type a file path or choose one with Browse….
filter-reviews = Sanad reviews
filter-articles = Articles (.txt .md .html .htm)
filter-articles-and-reviews = Articles and reviews
filter-fact-checks = Fact-checks (ClaimReview JSON, JSON Lines, CSV)
opened = { $claims ->
    [one] Opened { $file }: one claim, encoding { $encoding }
   *[other] Opened { $file }: { $claims } claims, encoding { $encoding }
}
reopened = { $claims ->
    [one] Reopened { $file }: one claim, encoding { $encoding }
   *[other] Reopened { $file }: { $claims } claims, encoding { $encoding }
}
opening-progress = Opening { $file }: reading, decoding, finding the claims… { $seconds } s
reopen-only-articles = Only an article opened in this session can be reopened
unsaved-title = Unsaved changes
unsaved-before-new = Save the changes to { $name } before starting a new review?
unsaved-before-open = Save the changes to { $name } before opening another file?
unsaved-before-reopen = Save the changes to { $name } before reopening the article?
unsaved-before-close = Save the changes to { $name } before closing?
unsaved-this-before-new = Save the changes to this review before starting a new review?
unsaved-this-before-open = Save the changes to this review before opening another file?
unsaved-this-before-reopen = Save the changes to this review before reopening the article?
unsaved-this-before-close = Save the changes to this review before closing?
error-dialog-title = Could not open the file
could-not-open = Could not open { $file }: { $reason }
could-not-read = Could not read { $file }: { $reason }
could-not-save = Could not save { $file }: { $reason }
could-not-export = Could not export { $file }: { $reason }
could-not-merge = Could not merge { $file }: { $reason }
not-saved-changed = Not saved: { $file } was changed on disk since it was opened
still-saving = Still saving; try again in a moment
saving = Saving { $file }…
saved = Saved { $file }
exported = Exported { $file }
merged = { $conflicts ->
    [0] Merged { $file } (no conflicts)
    [one] Merged { $file } (one conflict to resolve)
   *[other] Merged { $file } ({ $conflicts } conflicts to resolve)
}
updated-article = Updated the article from { $file }: { $placed } placed, { $orphans } not found
work-exporting = Exporting { $file }
work-merging = Merging { $file }
work-updating = Updating the article from { $file }
work-relanguage = Finding the claims again in { $language }
relanguaged = Article language set to { $language }: { $sentences } sentences, { $claims } claims
work-running = { $doing }…
work-still-running = { $doing } is still running; try again when it is done
work-stopped = { $doing } stopped unexpectedly
work-edited-meanwhile = Not done: the review was edited while this ran ({ $doing }); do it again
disk-title = Changed on disk
disk-question = { $name } was saved by someone else since you opened it. Saving now would drop their changes.
disk-merge = Merge theirs into mine
disk-merge-about = Combine both; what was changed differently is listed as a conflict
disk-reload = Reload theirs
disk-reload-about = Open the file as it is on disk; your unsaved changes are dropped
disk-overwrite = Overwrite with mine
disk-overwrite-about = Save your version over theirs (the previous file is kept as .bak)
disk-merged = { $conflicts ->
    [0] Merged the version on disk (no conflicts); save to keep the result
    [one] Merged the version on disk (one conflict to resolve); save to keep the result
   *[other] Merged the version on disk ({ $conflicts } conflicts to resolve); save to keep the result
}
recovery-title = Restore unsaved work?
recovery-question = Sanad closed with unsaved changes to this review (last change { $when }).
recovery-restore = Restore
restored-unsaved = Restored unsaved work: save to keep it
could-not-write-recovery = Could not write the recovery copy: { $reason }
could-not-write-recovery-stopped = Could not write the recovery copy

## Editing

undone = Undone
redone = Redone
could-not-undo = Could not undo: { $reason }
could-not-redo = Could not redo: { $reason }
nothing-to-undo = Nothing to undo
nothing-to-redo = Nothing to redo
could-not-edit = Not done: { $reason }
claims-marked = { $count ->
    [one] One claim marked { $verdict }
   *[other] { $count } claims marked { $verdict }
}
every-claim-has-verdict = Every claim shown has a verdict
select-text-first = Select some article text first

## Why something failed (the sentence around names the file)

error-address-empty = the address is empty
error-address-not-web = only http:// and https:// addresses can be opened
error-address-no-host = the address has no host name
error-address-bad-characters = the address contains spaces, control characters or one of < > " ` {"{"} {"}"} | \ ^
error-address-hidden-characters = the address contains invisible direction or zero-width characters
error-address-credentials = the address has a user name before its host (a disguise: the real host is after the @)
error-address-malformed = the address is not well formed ({ $detail })
error-read-not-found = no such file
error-read-directory = it is a folder, not a file
error-read-not-regular = it is not a regular file
error-read-too-large = it is too large ({ $size } bytes; the limit is { $limit })
error-read-io = { $detail }
error-read-stopped = reading it stopped unexpectedly
error-import-empty = the file is empty
error-import-binary = it is not a text file
error-import-is-review = it is a Sanad review, not an article
error-import-unsupported = unsupported format (Sanad opens text, Markdown and saved web pages: .txt .md .html)
error-load-empty = the file is empty
error-load-not-utf8 = the file is not UTF-8 text (invalid byte at offset { $offset })
error-load-syntax = syntax error at line { $line }, column { $column }: { $detail }
error-load-wrong-format = not a Sanad review (format tag “{ $tag }”)
error-load-future-version = written by a newer Sanad (file version { $found }, this build reads up to { $supported }); please update Sanad
error-load-unknown-version = unknown file version { $version }
error-load-invalid = the file is damaged: { $detail }
error-save-encode = the review could not be encoded: { $detail }
error-save-refused = the file was not replaced: { $detail }
error-save-too-large = the review would make a file of at least { $size } bytes, more than the { $limit } bytes Sanad reads back; nothing was written
error-save-changed = it was changed by someone else since it was opened; nothing was written
error-save-invalid = not written: the result would not be a valid review ({ $detail })
error-save-busy = it is being saved by another program; try again
error-save-io = { $detail }
error-save-stopped = the save stopped unexpectedly

## Dates

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
date-day-month-time = { $day } { $month } { $time }
date-full = { $day } { $month } { $year }, { $time } UTC
date-day = { $day } { $month } { $year }

## Why an edit, a merge or the library failed

error-edit-ids-exhausted = the review has used every claim id; no new claim can be made
error-edit-no-claim = there is no claim { $claim }
error-edit-no-source = claim { $claim } has no source number { $index }
error-edit-bad-span = the selection is not a valid range of the article text
error-edit-bad-split = claim { $claim } cannot be split there: both parts need words
error-edit-nothing-to-merge = claim { $claim } is the last one: there is nothing after it to merge with
error-edit-duplicate = claim { $claim } already exists
error-edit-no-change = nothing to change
error-edit-no-conflict = there is no conflict number { $index }
error-edit-no-orphan = there is no unplaced claim number { $index }
error-merge-different-articles = the reviews are of different article texts; merge reviews of the same article
error-merge-ids-exhausted = the merged review would need more claim ids than there are
error-library-no-folder = there is no folder for the fact-check library (set $SANAD_LIBRARY)
error-library-damaged-line = { $file }, line { $line }, is not a fact-check: { $detail }
error-library-not-a-folder = { $file } is not a folder of reviews
error-library-damaged-file = { $file } is damaged: { $detail }
error-library-index = the search index could not be used: { $detail }
error-fact-checks-not-text = it is not UTF-8 text (fact-checks are read from JSON or CSV)
error-fact-checks-not-fact-checks = it is not a fact-check file: expected ClaimReview JSON-LD, JSON Lines or CSV with a claim column

## Sources: web addresses, archives, link checks
action-open-web-address = Open web address…
action-open-web-address-about = fetch an article from a web address and review it (the page is fetched only now)
action-new-from-clipboard = New from clipboard
action-new-from-clipboard-about = review the text on the clipboard, or fetch the web address on it
action-archive-sources = Archive the claim's sources
action-archive-sources-about = fetch the claim's sources not yet archived and keep their pages beside the review
action-check-sources = Check sources
action-check-sources-about = fetch every source's address again: still there, moved, gone or changed since its snapshot
web-address-title = Open web address
web-address-label = Web address (http or https):
web-address-note = The page is fetched once, now; the review keeps where and when, and the SHA-256 of what came.
web-address-open = Open
web-bad-address = { $url } cannot be opened: { $reason }
web-fetching = Fetching { $url }… { $seconds } s
web-opened = Opened { $url }: claims found: { $claims }
web-cancelled = Stopped fetching { $url }.
clipboard-empty = The clipboard holds no text or address.
clipboard-title = Text from the clipboard
opened-clipboard = A new review of the clipboard's text: claims found: { $claims }
archive-needs-file = Save the review first: its sources are archived in a folder beside its file.
archive-nothing = Every source of this claim with an address is archived already.
archive-running = Archiving sources: { $count }…
archive-done = Sources archived: { $done }.
archive-failed = Sources archived: { $done }; not archived: { $failed } ({ $reason })
links-none = No source has an address to check.
links-running = Checking source addresses: { $count }…
links-done = Sources checked: { $count }; to look at: { $attention }.
source-archive = Archive
source-archive-about = fetch this page now and keep it beside the review
source-archive-all = Archive all
source-archived = Archived { $date } · SHA-256 { $hash }…
source-not-archived = Not archived yet
excerpt-found = Quoted text found in the page archived on { $date }
excerpt-not-found = Quoted text not found in the page archived on { $date }
excerpt-snapshot-missing = The archived page is missing from the folder beside the review.
excerpt-snapshot-damaged = The archived page is damaged or altered: its bytes no longer match their hash.
link-alive = Link: still there
link-redirected = Link: moved to { $url }
link-changed = { $before }; changed since its snapshot: { $percent }% of its text still there
link-gone = Link: gone ({ $status })
link-failing = Link: failing ({ $status })
link-unreachable = Link: unreachable ({ $detail })
error-fetch-address = { $url } cannot be fetched: { $reason }
error-fetch-bad-redirect = { $url } redirects without saying where
error-fetch-redirects = { $url } redirects more than { $limit } times (a redirect loop?)
error-fetch-timeout = { $url } did not answer within { $seconds } seconds
error-fetch-too-large = { $url } sends more than { $limit } bytes (the limit)
error-fetch-unreachable = { $url } is unreachable: { $detail }
error-fetch-cancelled = The fetch of { $url } was cancelled
error-fetch-status = { $url } answered { $status }
error-fetch-pdf = { $url } serves a PDF; save it and copy its text into a .txt file, then open that file
error-fetch-not-text = { $url } serves { $kind }, not a web page or text
error-fetch-empty = { $url } has no text to review
error-snapshot-write = the archived page could not be written: { $detail }

## One window per review
open-elsewhere = { $file } is already open in another Sanad window (process { $process } on { $host }); that window was asked to come forward.
open-elsewhere-unknown = { $file } is already open in another Sanad window; that window was asked to come forward.
open-elsewhere-copy = { $why } This window shows a copy with no file: Save as… keeps it elsewhere.
lock-taken-over = { $file } was left marked open by process { $process }, which no longer runs; it is open here now.
lock-not-made = { $file } could not be marked open in this window ({ $reason }); another window could open it too.
came-forward = Another Sanad window tried to open { $file }: it stays open here.

## Save Page Now (Internet Archive)
spn-title = Internet Archive: Save Page Now
spn-about = When you archive a source, Sanad can also ask the Internet Archive to keep a public copy of the page, and records the copy's address with the source. It needs your archive.org keys (archive.org/account/s3.php). Requests made offline wait in a queue and are sent again while the window is open or by `sanad archive`.
spn-enabled = Ask the Internet Archive too when archiving a source
spn-endpoint = Service address (https):
spn-access-key = Access key:
spn-secret-key = Secret key:
spn-save = Save
spn-saved = The Save Page Now setting was saved.
spn-not-saved = The setting could not be saved: { $reason }
spn-setting-unusable = Save Page Now needs an https service address, an access key and a secret key.
spn-setting-unreadable = The Save Page Now setting could not be read, so it is off: { $reason }
spn-waiting = Internet Archive: { $count } waiting
spn-waiting-about = Save Page Now requests for this review's sources that are not done yet; they are sent again every minute while the window is open. Last answer: { $reason }
spn-waiting-switched-off = Save Page Now requests for this review's sources wait; Save Page Now is switched off in Settings.
spn-copies-recorded = Internet Archive copies recorded: { $count }.
spn-given-up = The Internet Archive did not capture { $url }: { $reason }
spn-queue-problem = The Save Page Now queue: { $reason }
spn-error-refused = it refused ({ $code }: { $detail })
spn-error-bad-answer = its answer was not understood ({ $detail })
spn-error-unreachable = the Internet Archive is unreachable ({ $detail })
spn-error-rate-limited = the Internet Archive asked to wait ({ $seconds } s or more)
spn-error-busy = the Internet Archive could not capture it now ({ $detail })
spn-error-unauthorized = the Internet Archive refused the keys in the setting
spn-error-pending = the Internet Archive is still capturing it
spn-error-cancelled = the request was stopped; it is sent again later
source-public-copy = Internet Archive copy:
source-copy-waiting = Internet Archive copy requested; waiting for the archive
