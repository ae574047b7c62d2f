BRIEFINGS_SEARCH_WORDS("fal",{
"fall":"44,3v;44",
"fallen":"4y,2w",
"falter":"7n;7n"
});
