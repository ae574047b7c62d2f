BRIEFINGS_SEARCH_WORDS("unr",{
"unrwa":"15"
});
